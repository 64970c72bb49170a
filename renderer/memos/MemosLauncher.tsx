import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemoManager } from './MemoManager.tsx';

interface Props {
  readonly onError: (error: unknown) => void;
}

/** The sidebar's way into the memo manager (project memos are written there). */
export const MemosLauncher = memo(function MemosLauncher({ onError }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className="memos-launcher" aria-labelledby="memos-heading">
      <header className="panel-header">
        <h2 id="memos-heading">{t('memos.open')}</h2>
        <button
          type="button"
          className="button button--small memos-launcher__open"
          onClick={() => setOpen(true)}
        >
          {t('memos.managerTitle')}…
        </button>
      </header>
      {open && <MemoManager onClose={() => setOpen(false)} onError={onError} />}
    </section>
  );
});

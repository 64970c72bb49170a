import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemoDialog } from './MemoDialog.tsx';
import type { MemoTarget } from './memoTarget.ts';

interface Props {
  readonly target: MemoTarget;
  readonly small?: boolean;
}

/** "Memo" beside a document, code or coding: opens its memo. */
export function MemoButton({ target, small = false }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`button memo-button${small ? ' button--small' : ''}`}
        aria-label={t('memos.buttonLabel', { name: target.label })}
        onClick={() => setOpen(true)}
      >
        {t('memos.button')}
      </button>
      {open && <MemoDialog target={target} onClose={() => setOpen(false)} />}
    </>
  );
}

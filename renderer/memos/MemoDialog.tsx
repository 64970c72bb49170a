import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Memo } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';
import { MemoEditorPanel } from './MemoEditorPanel.tsx';
import { memoHeading, type MemoTarget } from './memoTarget.ts';

interface Props {
  readonly target: MemoTarget;
  readonly onClose: () => void;
}

type Loaded = { readonly memo: Memo | null } | { readonly error: string } | null;

/** The memo on a document, code or coding (its latest, or a new one), saved as you type. */
export function MemoDialog({ target, onClose }: Props) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let current = true;
    const filter =
      target.id === null ? { targetKind: target.kind } : { targetKind: target.kind, targetId: target.id };
    call('memos/list', filter)
      .then(async (list) => {
        const latest = list[0];
        const memo = latest ? await call('memos/get', { id: latest.id }) : null;
        if (current) setLoaded({ memo });
      })
      .catch((error: unknown) => current && setLoaded({ error: String(error) }));
    return () => {
      current = false;
    };
  }, [target.kind, target.id]);
  return (
    <Dialog title={memoHeading(target, t)} onClose={onClose} className="memo-dialog">
      {/* Esc closes this dialog only, not a popover it was opened from. */}
      <div
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.stopPropagation();
        }}
      >
        {loaded === null ? (
          <p className="muted">{t('app.loading')}</p>
        ) : 'error' in loaded ? (
          <p className="memo-dialog__error">{loaded.error}</p>
        ) : (
          <MemoEditorPanel target={target} memo={loaded.memo} autoFocus />
        )}
        <DialogButtons onCancel={onClose} dismissLabel={t('app.close')} />
      </div>
    </Dialog>
  );
}

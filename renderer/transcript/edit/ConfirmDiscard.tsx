import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';

interface Props {
  readonly onDiscard: () => void;
  readonly onKeep: () => void;
}

/** "Leave without saving?" before unsaved edits are dropped (Cancel, Esc, another document). */
export function ConfirmDiscard({ onDiscard, onKeep }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('editing.discardTitle')} onClose={onKeep} className="confirm-dialog">
      <p className="confirm-dialog__question">{t('editing.discardQuestion')}</p>
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onKeep} autoFocus>
          {t('editing.keepEditing')}
        </button>
        <button type="button" className="button button--danger" onClick={onDiscard}>
          {t('editing.discard')}
        </button>
      </div>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';
import { DialogButtons } from '../../ui/DialogButtons.tsx';

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
      <DialogButtons
        onCancel={onKeep}
        dismissLabel={t('editing.keepEditing')}
        focusDismiss
        action={{ label: t('editing.discard'), danger: true, onClick: onDiscard }}
      />
    </Dialog>
  );
}

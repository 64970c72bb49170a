import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

interface Props {
  readonly onDiscard: () => void;
  readonly onKeep: () => void;
}

/** "Leave without saving?" before unsaved edits are dropped (Cancel, Esc, another document). */
export function ConfirmDiscard({ onDiscard, onKeep }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('editing.discardTitle')}
      question={t('editing.discardQuestion')}
      confirmLabel={t('editing.discard')}
      dismissLabel={t('editing.keepEditing')}
      onConfirm={onDiscard}
      onCancel={onKeep}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';

interface Props {
  readonly name: string;
  /** Every coding of the document, all coders' (documents/list counts them all): all go. */
  readonly codingCount: number;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * "Delete «X» with its 14 codings?" — a wrongly imported file must be removable, and the
 * researcher must see what goes with it before it goes. The focus starts on Cancel.
 */
export function DeleteDocumentDialog({ name, codingCount, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('documents.deleteTitle')} onClose={onCancel} className="confirm-dialog">
      <p className="confirm-dialog__question">
        {t('documents.deleteQuestion', { name, codings: t('documents.codings', { count: codingCount }) })}
      </p>
      <p className="muted small">{t('documents.deleteNote')}</p>
      <DialogButtons
        onCancel={onCancel}
        focusDismiss
        action={{ label: t('documents.deleteConfirm'), danger: true, onClick: onConfirm }}
      />
    </Dialog>
  );
}

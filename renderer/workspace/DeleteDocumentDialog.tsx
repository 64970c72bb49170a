import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

interface Props {
  readonly name: string;
  /** Every coding of the document, all coders' (documents/list counts them all): all go. */
  readonly codingCount: number;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * "Delete «X» with its 14 codings?" — a wrongly imported file must be removable, and the
 * researcher must see what goes with it before it goes.
 */
export function DeleteDocumentDialog({ name, codingCount, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('documents.deleteTitle')}
      question={t('documents.deleteQuestion', {
        name,
        codings: t('documents.codings', { count: codingCount }),
      })}
      note={t('documents.deleteNote')}
      confirmLabel={t('documents.deleteConfirm')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}

import { useTranslation } from 'react-i18next';
import type { Code, CodeDeletionPreview } from '../../app/contract/index.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

interface Props {
  readonly code: Code;
  readonly preview: CodeDeletionPreview;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** "Delete «X», 2 sub-codes and 14 codings?" — the counts come from codes/deletePreview. */
export function DeleteCodeDialog({ code, preview, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const question = t('codebook.deleteQuestion', {
    name: code.name,
    // The preview counts the code itself among the codes that go.
    subCodes: t('codebook.subCodes', { count: preview.codeCount - 1 }),
    codings: t('codebook.codings', { count: preview.codingCount }),
  });
  return (
    <ConfirmDialog
      title={t('codebook.deleteTitle')}
      question={question}
      confirmLabel={t('codebook.delete')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}

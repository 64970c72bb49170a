import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/useQuery.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';

interface Props {
  readonly documentId: number;
  readonly name: string;
  readonly onClose: () => void;
}

/**
 * "Rename…" in the document menu: a document's name stands in citation lines and in
 * exchange files, so a name that identifies someone must be changeable (undoable).
 */
export function RenameDocumentDialog({ documentId, name, onClose }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(name);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const fieldId = useId();

  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    mutate('documents/rename', { id: documentId, name: value })
      .then(onClose)
      .catch(setError)
      .finally(() => setSaving(false));
  };

  return (
    <Dialog title={t('documents.renameTitle', { name })} onClose={onClose}>
      <form className="rename-document" onSubmit={save}>
        <label htmlFor={fieldId}>{t('documents.newName')}</label>
        <input
          id={fieldId}
          type="text"
          value={value}
          maxLength={200}
          autoFocus
          onChange={(event) => setValue(event.target.value)}
        />
        <ErrorNotice error={error} />
        <DialogButtons
          onCancel={onClose}
          action={{
            label: t('documents.renameSave'),
            disabled: saving || value.trim() === '' || value.trim() === name,
          }}
        />
      </form>
    </Dialog>
  );
}

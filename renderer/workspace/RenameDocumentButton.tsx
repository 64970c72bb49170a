import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/useQuery.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

interface Props {
  readonly documentId: number;
  readonly name: string;
}

/**
 * "Rename…" in the transcript header: a document's name stands in citation lines and in
 * exchange files, so a name that identifies someone must be changeable (undoable).
 */
export function RenameDocumentButton({ documentId, name }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(name);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const fieldId = useId();

  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    mutate('documents/rename', { id: documentId, name: value })
      .then(() => setOpen(false))
      .catch(setError)
      .finally(() => setSaving(false));
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setValue(name);
          setError(null);
          setOpen(true);
        }}
      >
        {t('documents.rename')}
      </button>
      {open && (
        <Dialog title={t('documents.renameTitle', { name })} onClose={() => setOpen(false)}>
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
            <div className="dialog__buttons">
              <button type="button" className="button" onClick={() => setOpen(false)}>
                {t('app.cancel')}
              </button>
              <button
                type="submit"
                className="button button--primary"
                disabled={saving || value.trim() === '' || value.trim() === name}
              >
                {t('documents.renameSave')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}

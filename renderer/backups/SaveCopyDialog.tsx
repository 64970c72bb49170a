import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedCopy } from '../../app/contract/index.ts';
import { call, chooseFile, hasNativeFileDialogs } from '../api/client.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

interface Props {
  readonly onClose: () => void;
}

/**
 * "Save a copy as…": a complete copy of the open project (the backend's copy includes the
 * work still in the WAL). Its destination comes from the user as for a new project: the
 * native save dialog in the desktop app (the page gets a handle, never a path), a file
 * name in the shell's folder in the browser.
 */
export function SaveCopyDialog({ onClose }: Props) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [saved, setSaved] = useState<SavedCopy | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const nativeDialogs = hasNativeFileDialogs();

  const saveTo = async (target: string): Promise<void> => {
    setBusy(true);
    try {
      setError(null);
      setSaved(await call('project/saveCopy', { path: target }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent): void => {
    event.preventDefault();
    void saveTo(path.trim());
  };

  const chooseAndSave = async (): Promise<void> => {
    try {
      const file = await chooseFile('saveCopy');
      if (file) await saveTo(file.handle);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Dialog title={t('backups.saveCopyTitle')} onClose={onClose} className="backups-dialog">
      <form onSubmit={save}>
        {nativeDialogs ? (
          <button type="button" className="button" disabled={busy} onClick={() => void chooseAndSave()}>
            {t('projectFiles.chooseNew')}
          </button>
        ) : (
          <p className="muted">{t('projectFiles.folderHint')}</p>
        )}
        <label className="field" hidden={nativeDialogs}>
          <span className="field__label">{t('backups.saveCopyLabel')}</span>
          <input
            type="text"
            value={path}
            autoFocus
            spellCheck={false}
            placeholder={t('start.pathPlaceholder')}
            onChange={(event) => setPath(event.target.value)}
          />
        </label>
        {saved && (
          <p role="status" className="backups-dialog__saved">
            {t('backups.saved', {
              path: saved.path,
              documents: t('backups.documentCount', { count: saved.documentCount }),
              codings: t('backups.codingCount', { count: saved.codingCount }),
            })}
          </p>
        )}
        <ErrorNotice error={error} onDismiss={() => setError(null)} />
        <DialogButtons
          onCancel={onClose}
          dismissLabel={t('app.close')}
          action={
            nativeDialogs ? undefined : { label: t('backups.saveCopy'), disabled: path.trim() === '' || busy }
          }
        />
      </form>
    </Dialog>
  );
}

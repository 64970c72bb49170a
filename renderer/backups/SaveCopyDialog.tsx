import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedCopy } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

interface Props {
  readonly onClose: () => void;
}

/**
 * "Save a copy as…": a complete copy of the open project (the backend's copy includes the
 * work still in the WAL). The destination is a path typed as for a new project.
 */
export function SaveCopyDialog({ onClose }: Props) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [saved, setSaved] = useState<SavedCopy | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    try {
      setError(null);
      setSaved(await call('project/saveCopy', { path: path.trim() }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('backups.saveCopyTitle')} onClose={onClose} className="backups-dialog">
      <form onSubmit={(event) => void save(event)}>
        <label className="field">
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
              documents: saved.documentCount,
              codings: saved.codingCount,
            })}
          </p>
        )}
        <ErrorNotice error={error} onDismiss={() => setError(null)} />
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('app.close')}
          </button>
          <button type="submit" className="button button--primary" disabled={path.trim() === '' || busy}>
            {t('backups.saveCopy')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

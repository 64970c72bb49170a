import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, ProjectInfo } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

interface Props {
  readonly onRestored: (project: ProjectInfo) => void;
  readonly onClose: () => void;
}

/**
 * Lists the automatic backups of the open project (newest first) and restores the chosen
 * one; the backend keeps the current state as a backup first, as the dialog says.
 */
export function RestoreBackupDialog({ onRestored, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<readonly BackupInfo[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });

  useEffect(() => {
    call('project/backups', {})
      .then((list) => {
        setBackups(list);
        setChosen(list[0]?.id ?? null);
      })
      .catch(setError);
  }, []);

  const restore = async (): Promise<void> => {
    if (chosen === null) return;
    setBusy(true);
    try {
      onRestored(await call('project/restoreBackup', { id: chosen }));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('backups.restoreTitle')} onClose={onClose} className="backups-dialog">
      <p className="muted small">{t('backups.restoreExplain')}</p>
      {backups === null && error === null && <p className="muted">{t('app.loading')}</p>}
      {backups?.length === 0 && <p className="muted">{t('backups.none')}</p>}
      {backups !== null && backups.length > 0 && (
        <fieldset className="backups-dialog__list">
          <legend className="visually-hidden">{t('backups.restoreTitle')}</legend>
          {backups.map((backup, index) => (
            <label key={backup.id} className="backups-dialog__item">
              <input
                type="radio"
                name="backup"
                value={backup.id}
                checked={chosen === backup.id}
                autoFocus={index === 0}
                onChange={() => setChosen(backup.id)}
              />
              <span>
                {when.format(new Date(backup.createdAt))} · {t(`backups.reason.${backup.reason}`)}
                <span className="muted small">
                  {' '}
                  {t('backups.counts', {
                    documents: t('backups.documentCount', { count: backup.documentCount }),
                    codings: t('backups.codingCount', { count: backup.codingCount }),
                  })}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      <DialogButtons
        onCancel={onClose}
        action={{
          label: t('backups.restore'),
          disabled: chosen === null || busy,
          onClick: () => void restore(),
        }}
      />
    </Dialog>
  );
}

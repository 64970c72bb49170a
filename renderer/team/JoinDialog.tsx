import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChosenFile, ProjectInfo } from '../../app/contract/index.ts';
import { call, chooseFile, hasNativeFileDialogs } from '../api/client.ts';
import { NewProjectFields } from '../start/NewProjectFields.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { PasswordNote } from './PasswordNote.tsx';
import { ServerFields } from './ServerFields.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';

interface Props {
  readonly onClose: () => void;
  /** The member's copy, created, synced and open. */
  readonly onJoined: (project: ProjectInfo) => void;
}

/**
 * A coder joins a team project (`team/join`): the server's address, their password, and
 * where their local copy goes, chosen as for a new project (the native save dialog in the
 * desktop app, a folder and a name inside the web shell's folder in the browser).
 */
export function JoinDialog({ onClose, onJoined }: Props) {
  const { t } = useTranslation();
  const native = hasNativeFileDialogs();
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [typedPath, setTypedPath] = useState('');
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const path = native ? (chosen?.handle ?? '') : typedPath;

  const chooseWhere = async (): Promise<void> => {
    try {
      const file = await chooseFile('createProject');
      if (file) setChosen(file);
    } catch (caught) {
      setError(caught);
    }
  };

  const join = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call('team/join', { url: url.trim(), path, ...(password !== '' ? { password } : {}) });
      const project = await call('project/current', {});
      if (project) onJoined(project);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('teamServer.joinTitle')} onClose={onClose} className="team-dialog">
      <form className="team-form" onSubmit={(event) => void join(event)}>
        <p className="muted small">{t('teamServer.joinHint')}</p>
        <ServerFields url={url} password={password} onUrl={setUrl} onPassword={setPassword} />
        <PasswordNote />
        <fieldset className="team-form__where">
          <legend>{t('teamServer.joinWhere')}</legend>
          {native ? (
            <>
              <button type="button" className="button" onClick={() => void chooseWhere()}>
                {t('teamServer.chooseWhere')}
              </button>
              {chosen && (
                <p className="small" role="status">
                  {t('teamServer.chosenWhere', { name: chosen.name })}
                </p>
              )}
            </>
          ) : (
            <NewProjectFields onPath={setTypedPath} />
          )}
        </fieldset>
        <ErrorNotice error={error} />
        <DialogButtons
          onCancel={onClose}
          action={{
            label: busy ? t('teamServer.joining') : t('teamServer.joinButton'),
            disabled: busy || url.trim() === '' || path === '',
          }}
        />
      </form>
    </Dialog>
  );
}

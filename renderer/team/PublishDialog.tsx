import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/useQuery.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { PasswordNote } from './PasswordNote.tsx';
import { ServerFields } from './ServerFields.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';

interface Props {
  /** True once the project is published (linked to the server). */
  readonly onClose: (published: boolean) => void;
}

/** The lead publishes the open project to a PostgreSQL database (`team/publish`). */
export function PublishDialog({ onClose }: Props) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const publish = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await mutate('team/publish', { url: url.trim(), ...(password !== '' ? { password } : {}) });
      onClose(true);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('teamServer.publishTitle')} onClose={() => onClose(false)} className="team-dialog">
      <form className="team-form" onSubmit={(event) => void publish(event)}>
        <p className="muted small">{t('teamServer.publishHint')}</p>
        <ServerFields url={url} password={password} onUrl={setUrl} onPassword={setPassword} />
        <PasswordNote />
        <ErrorNotice error={error} />
        <DialogButtons
          onCancel={() => onClose(false)}
          action={{
            label: busy ? t('teamServer.publishing') : t('teamServer.publishButton'),
            disabled: busy || url.trim() === '',
          }}
        />
      </form>
    </Dialog>
  );
}

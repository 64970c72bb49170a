import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoderIdentity } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';

interface Props {
  readonly identity: CoderIdentity;
  readonly onClose: (identity: CoderIdentity | null) => void;
}

/** Who is coding: the name, initials and colour recorded on every coding, memo and change. */
export function IdentityDialog({ identity, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(identity.name);
  const [initials, setInitials] = useState(identity.initials);
  const [color, setColor] = useState(identity.color);
  const [error, setError] = useState<unknown>(null);
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    try {
      onClose(await call('coders/setMe', { name, initials, color }));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Dialog title={t('team.identityTitle')} onClose={() => onClose(null)}>
      <ErrorNotice error={error} />
      <form className="identity-form" onSubmit={(event) => void save(event)}>
        <label>
          {t('team.name')}
          <input type="text" value={name} onChange={(event) => setName(event.target.value)} autoFocus />
        </label>
        <label>
          {t('team.initials')}
          <input
            type="text"
            value={initials}
            maxLength={4}
            onChange={(event) => setInitials(event.target.value)}
          />
        </label>
        <label>
          {t('team.colour')}
          <input type="color" value={color} onChange={(event) => setColor(event.target.value)} />
        </label>
        <p className="muted small">{t('team.identityHint')}</p>
        <DialogButtons
          onCancel={() => onClose(null)}
          action={{ label: t('team.save'), disabled: name.trim() === '' || initials.trim() === '' }}
        />
      </form>
    </Dialog>
  );
}

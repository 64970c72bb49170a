import { useTranslation } from 'react-i18next';
import { hasNativeFileDialogs } from '../api/client.ts';

/** Where the password goes: the OS keychain in the desktop app, memory in the web shell. */
export function PasswordNote() {
  const { t } = useTranslation();
  return (
    <p className="muted small">
      {hasNativeFileDialogs() ? t('teamServer.keptKeychain') : t('teamServer.keptSession')}
    </p>
  );
}

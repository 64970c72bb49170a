import { useTranslation } from 'react-i18next';

interface Props {
  readonly url: string;
  readonly password: string;
  readonly onUrl: (url: string) => void;
  readonly onPassword: (password: string) => void;
}

/** The server's address and the member's password, as publish and join ask for them. */
export function ServerFields({ url, password, onUrl, onPassword }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        <span className="field__label">{t('teamServer.url')}</span>
        <input
          type="text"
          name="server-url"
          value={url}
          placeholder={t('teamServer.urlPlaceholder')}
          spellCheck={false}
          autoComplete="off"
          required
          autoFocus
          onChange={(event) => onUrl(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('teamServer.password')}</span>
        <input
          type="password"
          name="server-password"
          value={password}
          autoComplete="current-password"
          onChange={(event) => onPassword(event.target.value)}
        />
      </label>
    </>
  );
}

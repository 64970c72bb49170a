import { useTranslation } from 'react-i18next';
import { LANGUAGES, switchLanguage, type Language } from '../i18n/setup.ts';

const NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/** Language names are written in their own language, so anyone can find theirs. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        aria-label={t('app.language')}
        value={i18n.language}
        onChange={(event) => void switchLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}

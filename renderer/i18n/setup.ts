import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { spaceGuillemets } from '../../app/text/guillemets.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'verbatim.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The user's saved choice, else French for a French system, else English. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  if (isLanguage(saved)) return saved;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * In French, every string shown gets its guillemets spaced (« opacité »), the names put in
 * by interpolation included: the history's phrases, say, carry names quoted by the backend.
 */
const frenchGuillemets = {
  type: 'postProcessor' as const,
  name: 'frenchGuillemets',
  process: (value: string, _key: unknown, options: { lng?: string }, translator: { language?: string }) =>
    (options.lng ?? translator.language) === 'fr' ? spaceGuillemets(value) : value,
};

export async function setupI18n(): Promise<void> {
  const language = initialLanguage();
  document.documentElement.lang = language;
  await i18next
    .use(initReactI18next)
    .use(frenchGuillemets)
    .init({
      resources: { en: { translation: en }, fr: { translation: fr } },
      lng: language,
      fallbackLng: 'en',
      // React escapes what it renders; escaping here too would show &amp; in names.
      interpolation: { escapeValue: false },
      postProcess: ['frenchGuillemets'],
    });
}

export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

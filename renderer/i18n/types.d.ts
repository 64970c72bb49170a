import 'i18next';
import type { Translations } from './en.ts';

// Typed keys: t('codebook.rename') is checked at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Translations };
  }
}

import type { ExportLanguage } from './citation.ts';
import { frenchTypography } from './frenchTypography.ts';

/** The words the excerpt writers add around the researcher's text, in the export's language. */
export interface ExportLabels {
  readonly title: string;
  readonly excerpts: (count: number) => string;
  readonly none: string;
  readonly memo: string;
}

export const EXPORT_LABELS: Record<ExportLanguage, ExportLabels> = {
  en: {
    title: 'Coded excerpts',
    excerpts: (count) => `${count} excerpt${count === 1 ? '' : 's'}`,
    none: 'No excerpts.',
    memo: 'Memo',
  },
  fr: {
    title: 'Extraits codés',
    excerpts: (count) => `${count} extrait${count > 1 ? 's' : ''}`,
    none: 'Aucun extrait.',
    memo: 'Mémo',
  },
};

/**
 * Typography for generated text and names (titles, group headings, memos) in the export's
 * language. Quotes go through quoteShower instead, which the researcher can make exact.
 */
export function typesetFor(language: ExportLanguage): (text: string) => string {
  return language === 'fr' ? frenchTypography : (text) => text;
}

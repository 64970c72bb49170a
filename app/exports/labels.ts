import type { ExportLanguage } from './citation.ts';
import { betweenQuotationMarks, frenchTypography } from './frenchTypography.ts';

/** The words the excerpt writers add around the researcher's text, in the export's language. */
export interface ExportLabels {
  readonly title: string;
  /** "Coded excerpts of “code”": the title of an export of one code. */
  readonly titleOf: (quotedName: string) => string;
  readonly excerpts: (count: number) => string;
  readonly none: string;
  readonly memo: string;
}

export const EXPORT_LABELS: Record<ExportLanguage, ExportLabels> = {
  en: {
    title: 'Coded excerpts',
    titleOf: (quotedName) => `Coded excerpts of ${quotedName}`,
    excerpts: (count) => `${count} excerpt${count === 1 ? '' : 's'}`,
    none: 'No excerpts.',
    memo: 'Memo',
  },
  fr: {
    title: 'Extraits codés',
    titleOf: (quotedName) => `Extraits codés de ${quotedName}`,
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

/**
 * An excerpt export's title, typeset: "Extraits codés — projet", or for an export of one
 * code "Extraits codés de « code » — projet" (the interface's "Export excerpts of «code»…").
 */
export function excerptsTitle(
  language: ExportLanguage,
  projectName: string,
  codeName: string | null,
): string {
  const labels = EXPORT_LABELS[language];
  const what = codeName === null ? labels.title : labels.titleOf(betweenQuotationMarks(codeName, language));
  return typesetFor(language)(`${what} — ${projectName}`);
}

import type { ExportLanguage } from './types.ts';

/** The names export files get: pure (no database), shared by the backend and the interface. */

export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/gu, '') || 'export';
}

/** The word that names an export file, in the export's language (issue 14, trap 8). */
const FILE_WORDS = {
  excerpts: { en: 'excerpts', fr: 'extraits' },
  codebook: { en: 'codebook', fr: 'grille-de-codes' },
  summaries: { en: 'summary-grid', fr: 'grille-de-synthese' },
} as const satisfies Record<string, Record<ExportLanguage, string>>;

/** "projet-extraits.docx": the project's name, then what the file holds, in `language`. */
export function exportFileName(
  projectName: string,
  what: keyof typeof FILE_WORDS | { readonly name: string },
  language: ExportLanguage,
  format: string,
): string {
  const word = typeof what === 'string' ? FILE_WORDS[what][language] : safeFileName(what.name);
  return `${safeFileName(projectName)}-${word}.${format}`;
}

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

/** A matrix export's name: "matrix-documents-count.csv", "-row-percent" when in percentages. */
export function matrixFileName(
  matrix: { readonly columns: string; readonly measure: string },
  percent: string | undefined,
  format: string,
): string {
  const inPercent = percent && percent !== 'none' ? `-${percent}-percent` : '';
  return `matrix-${matrix.columns}-${matrix.measure}${inPercent}.${format}`;
}

/** The REFI-QDA codebook's name: "projet-codebook.qdc". */
export function qdcFileName(projectName: string): string {
  return `${projectName}-codebook.qdc`;
}

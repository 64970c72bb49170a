import type { Db } from '../../db/index.ts';
import type { ExportLanguage, ExportedFile, SummaryGrid } from '../contract/types.ts';
import { exportFileName } from '../contract/exportFileName.ts';
import { summariesToDocx } from '../exports/docxLazy.ts';
import { EXPORT_MIME } from '../exports/excerptsFile.ts';
import { typesetFor } from '../exports/labels.ts';
import { toXlsx } from '../exports/xlsx.ts';
import { summaryGrid } from './summaryGrid.ts';

/** The words the summary export adds around the researcher's, in the export's language. */
export interface SummaryLabels {
  readonly title: string;
  /** The header of the cases' column. */
  readonly case: string;
}

export const SUMMARY_LABELS: Record<ExportLanguage, SummaryLabels> = {
  en: { title: 'Summary grid', case: 'Case' },
  fr: { title: 'Grille de synthèse', case: 'Cas' },
};

/** The grid as a table: a header row (the cases' column, then each code), a row per case. */
export interface SummaryTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * The summary grid as the export's table, in `language`: its labels, and its typography on
 * every text (names and summaries, as the other exports set the researcher's text). Where
 * several coders summarised a cell, each summary is prefixed with its author.
 */
export function summaryTable(grid: SummaryGrid, projectName: string, language: ExportLanguage): SummaryTable {
  const typeset = typesetFor(language);
  const labels = SUMMARY_LABELS[language];
  const cell = (caseId: number, codeId: number): string => {
    const summaries = grid.summaries.filter(
      (summary) => summary.caseId === caseId && summary.codeId === codeId,
    );
    return summaries
      .map((summary) =>
        typeset(summaries.length > 1 ? `${summary.author ?? '?'}: ${summary.text}` : summary.text),
      )
      .join('\n\n');
  };
  return {
    title: typeset(`${labels.title} — ${projectName}`),
    header: [labels.case, ...grid.codes.map((code) => typeset(code.name))],
    rows: grid.cases.map((row) => [typeset(row.name), ...grid.codes.map((code) => cell(row.id, code.id))]),
  };
}

/** The summary grid as a Word (landscape) or XLSX table for the paper, in `language`. */
export async function exportSummaries(
  db: Db,
  projectName: string,
  format: 'docx' | 'xlsx',
  language: ExportLanguage,
): Promise<ExportedFile> {
  const table = summaryTable(summaryGrid(db), projectName, language);
  const fileName = exportFileName(projectName, 'summaries', language, format);
  if (format === 'xlsx')
    return {
      fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: (await toXlsx([table.header, ...table.rows])).toString('base64'),
      encoding: 'base64',
    };
  const bytes = await summariesToDocx(table, language);
  return { fileName, mimeType: EXPORT_MIME.docx, content: bytes.toString('base64'), encoding: 'base64' };
}

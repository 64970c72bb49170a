import { randomUUID } from 'node:crypto';
import {
  ensureCoder,
  findSummary,
  getCode,
  getSummary,
  insertSummary,
  listCodes,
  listSummaries,
  updateSummaryText,
  type Db,
} from '../../db/index.ts';
import { casesTable } from '../cases/casesTable.ts';
import type { ExportedFile, Summary, SummaryGrid } from '../contract/types.ts';
import { summaryGridFileName } from '../contract/exportFileName.ts';
import { exportFileJob } from '../exports/fileToPath.ts';
import { AppError } from '../errors.ts';
import { codebookOrder } from '../exports/codebookExport.ts';
import { toXlsx } from '../exports/xlsx.ts';
import { EXPORT_MIME } from '../exports/excerptsFile.ts';
import { projectCodings } from '../analysis/projectData.ts';
import { mutation, read, type OperationGroup } from '../registration/registry.ts';
import { summariesToDocx } from '../exports/docxLazy.ts';

/** The grid: cases × codes, how many codings feed each cell, and the summaries written. */
export function summaryGrid(db: Db): SummaryGrid {
  const cases = casesTable(db).cases.map((row) => ({
    id: row.id,
    name: row.name,
    documentIds: row.documentIds,
  }));
  const codes = codebookOrder(listCodes(db)).map(({ code, depth }) => ({
    id: code.id,
    name: code.name,
    color: code.color,
    depth,
  }));
  // document → code → codings, then each case adds up its documents'.
  const perDocument = new Map<number, Map<number, number>>();
  for (const coding of projectCodings(db)) {
    const counts = perDocument.get(coding.documentId) ?? new Map<number, number>();
    counts.set(coding.codeId, (counts.get(coding.codeId) ?? 0) + 1);
    perDocument.set(coding.documentId, counts);
  }
  const codings = cases.map((row) =>
    codes.map((code) =>
      row.documentIds.reduce((sum, id) => sum + (perDocument.get(id)?.get(code.id) ?? 0), 0),
    ),
  );
  return { cases, codes, codings, summaries: listSummaries(db) };
}

function requireCell(db: Db, caseId: number, codeId: number): { caseName: string; codeName: string } {
  const row = casesTable(db).cases.find((candidate) => candidate.id === caseId);
  if (!row) throw new AppError('NOT_FOUND', `There is no case with id ${caseId} to summarise.`);
  const code = getCode(db, codeId);
  if (!code) throw new AppError('NOT_FOUND', `There is no code with id ${codeId} to summarise.`);
  return { caseName: row.name, codeName: code.name };
}

/** The grid as a table: a row per case, a column per code, each cell's summaries (named when several). */
async function summariesFile(db: Db, title: string, format: 'docx' | 'xlsx'): Promise<ExportedFile> {
  const grid = summaryGrid(db);
  const cell = (caseId: number, codeId: number): string =>
    grid.summaries
      .filter((summary) => summary.caseId === caseId && summary.codeId === codeId)
      .map((summary) =>
        grid.summaries.some(
          (other) => other !== summary && other.caseId === caseId && other.codeId === codeId,
        )
          ? `${summary.author ?? '?'}: ${summary.text}`
          : summary.text,
      )
      .join('\n\n');
  const header = ['case', ...grid.codes.map((code) => code.name)];
  const rows = grid.cases.map((row) => [row.name, ...grid.codes.map((code) => cell(row.id, code.id))]);
  const fileName = summaryGridFileName(title, format);
  if (format === 'xlsx') {
    return {
      fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: (await toXlsx([header, ...rows])).toString('base64'),
      encoding: 'base64',
    };
  }
  const bytes = await summariesToDocx(title, header, rows);
  return { fileName, mimeType: EXPORT_MIME.docx, content: bytes.toString('base64'), encoding: 'base64' };
}

export const summaryOperations = {
  'summaries/grid': read((_input, session) => summaryGrid(session.db())),
  // One summary per case, code and author: the first save inserts it, later ones edit it,
  // an empty text removes it. Each save is one undoable step.
  'summaries/save': mutation(
    { kind: 'summary.edit' },
    ({ caseId, codeId, text }, { db, changes, coder, describe }): Summary | null => {
      const { caseName, codeName } = requireCell(db, caseId, codeId);
      const authorId = ensureCoder(db, coder);
      const existing = findSummary(db, caseId, codeId, authorId);
      const at = new Date().toISOString();
      const trimmed = text.trim() === '' ? '' : text;
      describe({ key: 'summaryWrite', values: { name: codeName, to: caseName } });
      if (existing && trimmed === '') {
        changes.delete('memos', existing.id);
        return null;
      }
      if (existing) {
        changes.update('memos', existing.id, () => updateSummaryText(db, existing.id, trimmed, at));
        return getSummary(db, existing.id) ?? null;
      }
      if (trimmed === '') return null;
      const id = insertSummary(db, { guid: randomUUID(), caseId, codeId, text: trimmed, authorId, at });
      changes.inserted('memos', id);
      return getSummary(db, id) ?? null;
    },
  ),
  // The grid as a table for a paper: a row per case, a column per code, the summaries in
  // the cells (several authors' summaries of one cell one after the other, each named).
  'summaries/export': read(({ format }, session) =>
    summariesFile(session.db(), session.name ?? 'Verbatim', format),
  ),
  // The desktop app's grid to the file chosen in its save dialog, as a job like the others.
  'summaries/exportToFileJob': read(
    ({ format, out }, session) =>
      exportFileJob(session, out, () => summariesFile(session.db(), session.name ?? 'Verbatim', format)),
    { transports: ['electron', 'cli'] },
  ),
} satisfies OperationGroup;

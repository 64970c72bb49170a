import { randomUUID } from 'node:crypto';
import {
  ensureCoder,
  findSummary,
  getCode,
  getSummary,
  insertSummary,
  updateSummaryText,
  type Db,
} from '../../db/index.ts';
import { casesTable } from '../cases/casesTable.ts';
import type { Summary } from '../contract/types.ts';
import { exportFileJob } from '../exports/fileToPath.ts';
import { AppError } from '../errors.ts';
import { mutation, read, type OperationGroup } from '../registration/registry.ts';
import { exportSummaries } from './summariesExport.ts';
import { summaryGrid } from './summaryGrid.ts';

function requireCell(db: Db, caseId: number, codeId: number): { caseName: string; codeName: string } {
  const row = casesTable(db).cases.find((candidate) => candidate.id === caseId);
  if (!row)
    throw new AppError('NOT_FOUND', `There is no case with id ${caseId} to summarise.`, {
      key: 'caseNotFound',
      params: { id: caseId },
    });
  const code = getCode(db, codeId);
  if (!code)
    throw new AppError('NOT_FOUND', `There is no code with id ${codeId} to summarise.`, {
      key: 'codeNotFound',
      params: { id: codeId },
    });
  return { caseName: row.name, codeName: code.name };
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
  // The grid as a table for a paper (summariesExport.ts), in the export's language.
  'summaries/export': read(({ format, language }, session) =>
    exportSummaries(session.db(), session.name ?? 'Verbatim', format, language ?? 'en'),
  ),
  // The desktop app's grid to the file chosen in its save dialog, as a job like the others.
  'summaries/exportToFileJob': read(
    ({ format, language, out }, session) =>
      exportFileJob(session, out, () =>
        exportSummaries(session.db(), session.name ?? 'Verbatim', format, language ?? 'en'),
      ),
    { transports: ['electron', 'cli'] },
  ),
} satisfies OperationGroup;

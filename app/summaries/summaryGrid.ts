import { listCodes, listSummaries, type Db } from '../../db/index.ts';
import { projectCodings } from '../analysis/projectData.ts';
import { casesTable } from '../cases/casesTable.ts';
import type { SummaryGrid } from '../contract/types.ts';
import { codebookOrder } from '../exports/codebookExport.ts';

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

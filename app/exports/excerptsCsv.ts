import type { ExcerptModel, ExportTick } from './excerptModel.ts';
import { noTick } from './excerptModel.ts';
import type { CsvCells } from '../contract/types.ts';
import { toCsv } from './csv.ts';

/**
 * One row per excerpt, for a spreadsheet or R/Python: the group, the source, the quote and
 * the citation line; a column per cited case attribute, and a memo column when memos are
 * asked for. The quote stays exactly as transcribed (it is data); the citation column is
 * the line a paper shows, in the export's typography. `cells` says whether formulas are guarded.
 */
export async function excerptsToCsv(
  model: ExcerptModel,
  cells: CsvCells,
  tick: ExportTick = noTick,
): Promise<string> {
  const rows: (string | number | null)[][] = [
    [
      'group',
      'code',
      'document',
      'case',
      ...model.attributeNames,
      'speaker',
      'timestamp',
      'segment',
      'start',
      'end',
      'quote',
      'citation',
      ...(model.includeMemos ? ['memo'] : []),
    ],
  ];
  for (const group of model.groups) {
    for (const excerpt of group.excerpts) {
      rows.push([
        group.title,
        excerpt.codeName,
        excerpt.documentName,
        excerpt.caseName,
        ...model.attributeNames.map((name) => excerpt.attributes.get(name) ?? ''),
        excerpt.speaker,
        excerpt.timestamp,
        excerpt.segmentOrdinal === null ? null : excerpt.segmentOrdinal + 1,
        excerpt.start,
        excerpt.end,
        excerpt.quote,
        excerpt.citation,
        ...(model.includeMemos ? [excerpt.memo] : []),
      ]);
      await tick();
    }
  }
  return toCsv(rows, cells);
}

import type { ExcerptModel, ExportTick, ModelExcerpt } from './excerptModel.ts';
import type { CsvCells } from '../contract/types.ts';
import { noTick } from './excerptModel.ts';
import { toCsv } from './csv.ts';

type Cell = string | number | null;

/** What a row says of its quote: the excerpt's, or one speaker's part of it. */
interface RowQuote {
  readonly speaker: string | null;
  readonly timestamp: string | null;
  readonly segmentOrdinal: number | null;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly citation: string;
  /** "1/2" for the first of two speakers' parts; null for a quote in one speaker's words. */
  readonly part: string | null;
}

/** A quote in one speaker's words is one row; a quote across turns, a row per speaker's part. */
function rowQuotes(excerpt: ModelExcerpt): RowQuote[] {
  if (excerpt.turns === null) return [{ ...excerpt, part: null }];
  const count = excerpt.turns.length;
  return excerpt.turns.map((turn, index) => ({ ...turn, part: `${index + 1}/${count}` }));
}

/**
 * One row per excerpt, for a spreadsheet or R/Python: the group, the source, the quote and
 * the citation line; a column per cited case attribute, and a memo column when memos are
 * asked for. The quote stays exactly as transcribed (it is data); the citation column is
 * the line a paper shows, in the export's typography. `cells` says whether formulas are guarded.
 *
 * An excerpt across turns (a question and its answer) gives one row per speaker's part, so
 * that the speaker, time, segment, offsets, quote and citation of each row are that
 * speaker's own; a `part` column ("1/2", "2/2") then ties the rows of one excerpt together.
 * It is there only when the export has such an excerpt: other exports keep their columns.
 */
export async function excerptsToCsv(
  model: ExcerptModel,
  cells: CsvCells,
  tick: ExportTick = noTick,
): Promise<string> {
  const withParts = model.groups.some((group) => group.excerpts.some((excerpt) => excerpt.turns !== null));
  const rows: Cell[][] = [
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
      ...(withParts ? ['part'] : []),
      'quote',
      'citation',
      ...(model.includeMemos ? ['memo'] : []),
    ],
  ];
  for (const group of model.groups) {
    for (const excerpt of group.excerpts) {
      for (const row of rowQuotes(excerpt)) {
        rows.push([
          group.title,
          excerpt.codeName,
          excerpt.documentName,
          excerpt.caseName,
          ...model.attributeNames.map((name) => excerpt.attributes.get(name) ?? ''),
          row.speaker,
          row.timestamp,
          row.segmentOrdinal === null ? null : row.segmentOrdinal + 1,
          row.start,
          row.end,
          ...(withParts ? [row.part] : []),
          row.quote,
          row.citation,
          ...(model.includeMemos ? [excerpt.memo] : []),
        ]);
      }
      await tick();
    }
  }
  return toCsv(rows, cells);
}

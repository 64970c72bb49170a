import type { CsvCells } from '../contract/types.ts';
import type { ModelExcerpt } from './excerptFormat.ts';
import type { ExcerptPlan } from './excerptPlan.ts';
import { CSV_BOM, csvLine } from './csv.ts';
import type { ByteSink } from './stream/byteSink.ts';
import { readExcerpts, TextSink, type ExportStep } from './stream/textSink.ts';

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
  if (excerpt.turns === null) return [rowQuote(excerpt, null)];
  const count = excerpt.turns.length;
  return excerpt.turns.map((turn, index) => rowQuote(turn, `${index + 1}/${count}`));
}

/** The fields a row writes, picked by name: a spread would compute `shown`, which CSV never writes. */
function rowQuote(source: Omit<RowQuote, 'part'>, part: string | null): RowQuote {
  const { speaker, timestamp, segmentOrdinal, start, end, quote, citation } = source;
  return { speaker, timestamp, segmentOrdinal, start, end, quote, citation, part };
}

/** The header row: a column per cited attribute, `part` only when a quote mixes speakers. */
function headerRow(plan: ExcerptPlan): Cell[] {
  return [
    'group',
    'code',
    'document',
    'case',
    ...plan.attributeNames,
    'speaker',
    'timestamp',
    'segment',
    'start',
    'end',
    ...(plan.withParts ? ['part'] : []),
    'quote',
    'citation',
    ...(plan.includeMemos ? ['memo'] : []),
  ];
}

/** The rows of one excerpt: one, or one per speaker's part. */
function excerptRows(plan: ExcerptPlan, title: string, excerpt: ModelExcerpt): Cell[][] {
  return rowQuotes(excerpt).map((row) => [
    title,
    excerpt.codeName,
    excerpt.documentName,
    excerpt.caseName,
    ...plan.attributeNames.map((name) => excerpt.attributes.get(name) ?? ''),
    row.speaker,
    row.timestamp,
    row.segmentOrdinal === null ? null : row.segmentOrdinal + 1,
    row.start,
    row.end,
    ...(plan.withParts ? [row.part] : []),
    row.quote,
    row.citation,
    ...(plan.includeMemos ? [excerpt.memo] : []),
  ]);
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
 *
 * Streamed: the excerpts are read a chunk at a time from the plan and each row goes to the
 * sink as it is made (CSV as spreadsheets read it: UTF-8 with a BOM, CRLF; csv.ts).
 */
export function writeExcerptsCsv(plan: ExcerptPlan, cells: CsvCells, sink: ByteSink, step: ExportStep): void {
  const text = new TextSink(sink);
  text.write(`${CSV_BOM}${csvLine(headerRow(plan), cells)}\r\n`);
  let done = 0;
  for (const group of plan.groups) {
    for (const excerpt of readExcerpts(plan, group)) {
      for (const row of excerptRows(plan, group.title, excerpt)) text.write(`${csvLine(row, cells)}\r\n`);
      step(++done, plan.total);
    }
  }
  text.flush();
}

import type { CsvCells } from '../contract/types.ts';
import type { ModelExcerpt } from './excerptFormat.ts';
import type { ExcerptPlan } from './excerptPlan.ts';
import { CSV_BOM, csvDialect, csvLine } from './csv.ts';
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
}

/** The columns' names: in English for R and Python, in French for a spreadsheet in French (csvDialect). */
const COLUMNS = {
  en: {
    group: 'group',
    code: 'code',
    document: 'document',
    case: 'case',
    speaker: 'speaker',
    timestamp: 'timestamp',
    segment: 'segment',
    start: 'start',
    end: 'end',
    part: 'part',
    quote: 'quote',
    citation: 'citation',
    memo: 'memo',
  },
  fr: {
    group: 'groupe',
    code: 'code',
    document: 'document',
    case: 'cas',
    speaker: 'locuteur',
    timestamp: 'horodatage',
    segment: 'tour',
    start: 'début',
    end: 'fin',
    part: 'partie',
    quote: 'citation',
    citation: 'référence',
    memo: 'mémo',
  },
} as const;

/** The header row: a column per cited attribute, `part` only when a quote mixes speakers. */
function headerRow(plan: ExcerptPlan, headers: 'en' | 'fr'): Cell[] {
  const names = COLUMNS[headers];
  return [
    names.group,
    names.code,
    names.document,
    names.case,
    ...plan.attributeNames,
    names.speaker,
    names.timestamp,
    names.segment,
    names.start,
    names.end,
    ...(plan.withParts ? [names.part] : []),
    names.quote,
    names.citation,
    ...(plan.includeMemos ? [names.memo] : []),
  ];
}

/**
 * One row: the excerpt's cells (`cells`, group to attributes), then its quote's. `part` is
 * "1/2" for the first of two speakers' parts, null for a quote in one speaker's words.
 * Cells are pushed in place, with no spread or object per row: the rows are a CSV export's
 * whole work, and those were a tenth of it (profiled on 20,000 excerpts).
 */
function rowCells(
  plan: ExcerptPlan,
  cells: Cell[],
  row: RowQuote,
  part: string | null,
  memo: string | null,
): Cell[] {
  cells.push(
    row.speaker,
    row.timestamp,
    row.segmentOrdinal === null ? null : row.segmentOrdinal + 1,
    row.start,
    row.end,
  );
  if (plan.withParts) cells.push(part);
  cells.push(row.quote, row.citation);
  if (plan.includeMemos) cells.push(memo);
  return cells;
}

/** The rows of one excerpt: one for a quote in one speaker's words, else one per speaker's part. */
function excerptRows(plan: ExcerptPlan, title: string, excerpt: ModelExcerpt): Cell[][] {
  const cells: Cell[] = [title, excerpt.codeName, excerpt.documentName, excerpt.caseName];
  for (const name of plan.attributeNames) cells.push(excerpt.attributes.get(name) ?? '');
  const { turns, memo } = excerpt;
  if (turns === null) return [rowCells(plan, cells, excerpt, null, memo)];
  return turns.map((turn, index) =>
    rowCells(plan, cells.slice(), turn, `${index + 1}/${turns.length}`, memo),
  );
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
 * sink as it is made (CSV as spreadsheets read it: UTF-8 with a BOM, CRLF; csv.ts). Safe for
 * a spreadsheet in French, it is separated by semicolons with its columns in French (csvDialect).
 */
export function writeExcerptsCsv(plan: ExcerptPlan, cells: CsvCells, sink: ByteSink, step: ExportStep): void {
  const text = new TextSink(sink);
  const { separator, headers } = csvDialect(cells, plan.language);
  text.write(`${CSV_BOM}${csvLine(headerRow(plan, headers), cells, separator)}\r\n`);
  let done = 0;
  for (const group of plan.groups) {
    for (const excerpt of readExcerpts(plan, group)) {
      for (const row of excerptRows(plan, group.title, excerpt))
        text.write(`${csvLine(row, cells, separator)}\r\n`);
      step(++done, plan.total);
    }
  }
  text.flush();
}

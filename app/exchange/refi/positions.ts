/**
 * REFI-QDA positions count Unicode code points (the standard); NVivo counts UTF-16 units
 * (as JavaScript strings do). They differ only after a character outside the BMP (emoji).
 * ATLAS.ti is reported to count a CRLF line break as one position although its files keep
 * both characters (FORMAT.md §4); that differs only after a CRLF.
 */
import { isHighSurrogate, isLowSurrogate } from '../../text/offsets.ts';

export type PositionUnit = 'code-points' | 'utf-16';
/** How a CRLF of the file is counted: two positions, as the file has it, or one (ATLAS.ti). */
export type LineBreakCount = 'as-in-file' | 'crlf-as-one';

/** One way of reading a file's positions. */
export interface PositionReading {
  readonly unit: PositionUnit;
  readonly lineBreaks: LineBreakCount;
}

/** Positions of one reading as UTF-16 indexes of a file's text (BOM removed, CRLF kept). */
export interface PositionMap {
  /** How many positions the text has in this reading: its end. */
  readonly length: number;
  /** The UTF-16 index of a position, clamped to the text. */
  index(position: number): number;
}

const clamp = (value: number, max: number): number => Math.max(0, Math.min(max, Math.trunc(value)));

export function positionMap(body: string, reading: PositionReading): PositionMap {
  if (reading.unit === 'utf-16' && reading.lineBreaks === 'as-in-file')
    return { length: body.length, index: (position) => clamp(position, body.length) };
  // starts[p] is the UTF-16 index where position p begins; built once per text and reading.
  const starts = new Uint32Array(body.length + 1);
  let count = 0;
  for (let index = 0; index < body.length; count++) {
    starts[count] = index;
    const code = body.charCodeAt(index);
    const pair =
      (reading.lineBreaks === 'crlf-as-one' && code === 0x0d && body.charCodeAt(index + 1) === 0x0a) ||
      (reading.unit === 'code-points' && isHighSurrogate(code) && isLowSurrogate(body.charCodeAt(index + 1)));
    index += pair ? 2 : 1;
  }
  starts[count] = body.length;
  return { length: count, index: (position) => starts[clamp(position, count)] ?? body.length };
}

const isWordChar = (char: string): boolean => /[\p{L}\p{N}]/u.test(char);

/** A selection "makes sense" when it does not cut a word at either end. */
function onBoundaries(text: string, start: number, end: number): number {
  const startOk = start <= 0 || !isWordChar(text.charAt(start - 1)) || !isWordChar(text.charAt(start));
  const endOk = end >= text.length || !isWordChar(text.charAt(end - 1)) || !isWordChar(text.charAt(end));
  return (startOk ? 1 : 0) + (endOk ? 1 : 0);
}

/** The four readings, the likeliest first: NVivo counts UTF-16 units, ATLAS.ti a CRLF as one. */
function readingsFor(origin: string): PositionReading[] {
  const units: PositionUnit[] = /nvivo/iu.test(origin)
    ? ['utf-16', 'code-points']
    : ['code-points', 'utf-16'];
  const breaks: LineBreakCount[] = /atlas/iu.test(origin)
    ? ['crlf-as-one', 'as-in-file']
    : ['as-in-file', 'crlf-as-one'];
  return breaks.flatMap((lineBreaks) => units.map((unit) => ({ unit, lineBreaks })));
}

const sameIndexes = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * How a file's selections are counted: of the readings that place them differently, the one
 * that puts more selection ends on word boundaries wins ('boundaries'); a tie goes to the
 * likelier reading for the file's `origin` ('origin'). When every reading places them alike
 * (no astral character, no CRLF) the likeliest reading is reported ('same').
 */
export function detectReading(
  texts: readonly { text: string; selections: readonly { start: number; end: number }[] }[],
  origin: string,
): { reading: PositionReading; decided: 'same' | 'boundaries' | 'origin' } {
  const relevant = texts.filter(({ text }) => /[\u{10000}-\u{10ffff}]|\r\n/u.test(text));
  const placed = readingsFor(origin).map((reading) => {
    const indexes: number[] = [];
    let score = 0;
    for (const { text, selections } of relevant) {
      const map = positionMap(text, reading);
      for (const selection of selections) {
        const start = map.index(selection.start);
        const end = map.index(selection.end);
        indexes.push(start, end);
        score += onBoundaries(text, start, end);
      }
    }
    return { reading, indexes, score };
  });
  // One candidate per distinct placement, the likeliest reading standing for it.
  const distinct = placed.filter(
    (candidate, at) => !placed.slice(0, at).some((other) => sameIndexes(other.indexes, candidate.indexes)),
  );
  const best = Math.max(...distinct.map((candidate) => candidate.score));
  const top = distinct.filter((candidate) => candidate.score === best);
  const chosen = top[0] ?? placed[0];
  if (!chosen) throw new Error('no position reading');
  if (distinct.length === 1) return { reading: chosen.reading, decided: 'same' };
  return { reading: chosen.reading, decided: top.length === 1 ? 'boundaries' : 'origin' };
}

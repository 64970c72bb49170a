/**
 * The edits between a document's stored text and the text being edited, as the backend
 * takes them: `{ start, end, text }` against the ORIGINAL text (UTF-16 offsets, sorted, not
 * overlapping). Few and small edits matter: everything between two edits keeps its codings
 * untouched, so the diff is by words (a corrected word is one edit) after trimming the common
 * start and end, each replaced run then trimmed to the characters that really changed.
 */

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Beyond this many token differences the middle is sent as one replacement (a huge paste). */
const MAX_DIFFERENCES = 2000;

const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*|\p{N}+|\s+|./gsu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Length of the common start of a and b, never ending inside a surrogate pair. */
function commonPrefix(a: string, b: string, limit = Math.min(a.length, b.length)): number {
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  if (length > 0 && isHighSurrogate(a.charCodeAt(length - 1))) length--;
  return length;
}

/** Length of the common end of a and b (at most `limit`), never starting inside a surrogate pair. */
function commonSuffix(a: string, b: string, limit: number): number {
  let length = 0;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length))
    length++;
  if (length > 0 && isLowSurrogate(a.charCodeAt(a.length - length))) length--;
  return length;
}

/**
 * Myers' O(ND) diff of two token lists: the index pairs of equal tokens, in order, or null
 * when they differ in more than `maxDifferences` tokens.
 */
function equalPairs(
  a: readonly string[],
  b: readonly string[],
  maxDifferences: number,
): [number, number][] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxDifferences);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds V over k ∈ [-(d+1), d+1] after step d.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(v.slice(offset - d - 1, offset + d + 2));
  }
  if (found < 0) return null;
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const k = x - y;
    let prevX = 0;
    let prevY = 0;
    if (d > 0) {
      const previous = trace[d - 1] ?? new Int32Array();
      const at = (index: number): number => previous[index + d] ?? 0;
      const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
      prevX = at(prevK);
      prevY = prevX - prevK;
    }
    while (x > prevX && y > prevY) {
      x--;
      y--;
      pairs.push([x, y]);
    }
    x = prevX;
    y = prevY;
  }
  return pairs.reverse();
}

/** One replaced run trimmed to what changed in it; null when nothing did. */
function trimmed(original: string, start: number, end: number, text: string): TextEdit | null {
  const removed = original.slice(start, end);
  const prefix = commonPrefix(removed, text);
  const suffix = commonSuffix(removed, text, Math.min(removed.length, text.length) - prefix);
  if (prefix === removed.length && prefix === text.length) return null;
  return { start: start + prefix, end: end - suffix, text: text.slice(prefix, text.length - suffix) };
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

function isWordAt(text: string, index: number): boolean {
  return WORD_CHARACTER.test(text.charAt(index));
}

/**
 * The common ends, backed off to word boundaries: "mes micro-tâches sur" → "mes sur" must not
 * align the "es" of "tâches" with the "es" of "mes" (a coding of the deleted word would
 * seem to survive on those two letters).
 */
function commonEnds(original: string, current: string): { prefix: number; suffix: number } {
  let prefix = commonPrefix(original, current);
  while (
    prefix > 0 &&
    isWordAt(original, prefix - 1) &&
    (isWordAt(original, prefix) || isWordAt(current, prefix))
  )
    prefix--;
  let suffix = commonSuffix(original, current, Math.min(original.length, current.length) - prefix);
  while (
    suffix > 0 &&
    isWordAt(original, original.length - suffix) &&
    (isWordAt(original, original.length - suffix - 1) || isWordAt(current, current.length - suffix - 1))
  )
    suffix--;
  return { prefix, suffix };
}

/** The edits that turn `original` into `current` (applying them in order gives `current`). */
export function textEditsBetween(original: string, current: string): TextEdit[] {
  if (original === current) return [];
  const { prefix, suffix } = commonEnds(original, current);
  const before = original.slice(prefix, original.length - suffix);
  const after = current.slice(prefix, current.length - suffix);
  const a = tokens(before);
  const b = tokens(after);
  const pairs = equalPairs(a, b, MAX_DIFFERENCES);
  if (!pairs) return [{ start: prefix, end: original.length - suffix, text: after }];
  const edits: TextEdit[] = [];
  let positionA = prefix;
  let i = 0;
  let j = 0;
  // A sentinel pair at the end closes the last gap.
  for (const [pairA, pairB] of [...pairs, [a.length, b.length] as [number, number]]) {
    const removedLength = a.slice(i, pairA).join('').length;
    const inserted = b.slice(j, pairB).join('');
    const edit = trimmed(original, positionA, positionA + removedLength, inserted);
    if (edit) edits.push(edit);
    positionA += removedLength + (a[pairA]?.length ?? 0);
    i = pairA + 1;
    j = pairB + 1;
  }
  return edits;
}

/** Applies sorted, non-overlapping edits to the text they were computed against. */
export function applyTextEdits(original: string, edits: readonly TextEdit[]): string {
  let result = '';
  let position = 0;
  for (const edit of edits) {
    result += original.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return result + original.slice(position);
}

/**
 * Where a range of the original text lies after the edits, for painting codings while the
 * text is being edited (the backend decides for good when the edit is saved): text inserted
 * at a coding's ends stays outside it, an edit inside it makes it grow or shrink. Null when
 * all its text was deleted.
 */
export function mapRangeThroughEdits(
  range: { readonly start: number; readonly end: number },
  edits: readonly TextEdit[],
): { start: number; end: number } | null {
  let shiftStart = 0;
  let shiftEnd = 0;
  let start = range.start;
  let end = range.end;
  for (const edit of edits) {
    const delta = edit.text.length - (edit.end - edit.start);
    // Start: an edit wholly before it shifts it; one that swallows it moves it past the edit.
    if (edit.end <= range.start) shiftStart += delta;
    else if (edit.start < range.start) {
      start = edit.end;
      shiftStart += delta;
    }
    // End: an edit before it (or ending at it, inside the coding) shifts it; one over it cuts it.
    if (edit.end <= range.end && edit.start < range.end) shiftEnd += delta;
    else if (edit.start < range.end && edit.end > range.end) end = edit.start;
  }
  const mapped = { start: start + shiftStart, end: end + shiftEnd };
  return mapped.start < mapped.end ? mapped : null;
}

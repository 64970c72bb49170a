import { cutText } from '../../text/cutText.ts';

/**
 * NFC, chunk by chunk (a base character and the marks that follow it), with the map from
 * offsets before to offsets after: a chunk that composes ("e" + U+0301 → "é") shrinks, and
 * the offsets after it move by what it lost. An offset inside a changed chunk goes to the
 * chunk's start. Where composing by chunks would differ from composing the whole text
 * (Hangul jamo compose across base characters), the text is left as it is.
 */
function nfcWithMap(text: string): { text: string; map: (offset: number) => number } {
  const whole = text.normalize('NFC');
  if (whole === text) return { text, map: (offset) => offset };
  const chunks = text.match(/\P{M}\p{M}*|\p{M}+/gsu) ?? [];
  // before[i] = offset in the result of the offset i, at chunk starts and ends.
  const before = new Int32Array(text.length + 1).fill(-1);
  let from = 0;
  let to = 0;
  let out = '';
  for (const chunk of chunks) {
    const composed = chunk.normalize('NFC');
    before[from] = to;
    out += composed;
    from += chunk.length;
    to += composed.length;
  }
  before[from] = to;
  if (out !== whole) return { text, map: (offset) => offset };
  return {
    text: out,
    map: (offset) => {
      for (let at = offset; at >= 0; at--) {
        const mapped = before[at] ?? -1;
        if (mapped >= 0) return mapped;
      }
      return 0;
    },
  };
}

/**
 * A REFI source's plain text as Verbatim stores it, with the map from the file's offsets:
 * the BOM is not counted (FORMAT.md), CRLF and lone CR become LF (each removed CR shifts
 * what follows), and the text is put in NFC (each composed character shifts what follows).
 */
export function normaliseSourceText(raw: string): { text: string; map: (offset: number) => number } {
  const body = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  // removedBefore[i] = CRs dropped before raw offset i.
  const removedBefore = new Uint32Array(body.length + 1);
  let out = '';
  let removed = 0;
  for (let index = 0; index < body.length; index++) {
    removedBefore[index] = removed;
    const char = body.charAt(index);
    if (char === '\r') {
      if (body.charAt(index + 1) === '\n') {
        removed++;
        continue;
      }
      out += '\n';
      continue;
    }
    out += char;
  }
  removedBefore[body.length] = removed;
  const nfc = nfcWithMap(out);
  return {
    text: nfc.text,
    map: (offset) => {
      const clamped = Math.max(0, Math.min(body.length, offset));
      return nfc.map(clamped - (removedBefore[clamped] ?? 0));
    },
  };
}

/** Segments for a text that keeps its own layout: the runs between blank lines ("\n\n"). */
export function segmentsOfText(text: string): { start: number; end: number }[] {
  const segments: { start: number; end: number }[] = [];
  let start = 0;
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', start)) {
    if (at > start) segments.push({ start, end: at });
    start = at + 2;
  }
  if (text.length > start) segments.push({ start, end: text.length });
  return segments;
}

/**
 * The file name in a REFI path, whatever its scheme (`internal://`, `relative:///`,
 * `absolute:///C:/…`, none) and separators: sources are looked up by it in the archive only,
 * never on the disk (FORMAT.md §2).
 */
export function fileBaseName(path: string): string {
  const cleaned = path.trim().replace(/^[a-z]+:\/*/iu, '');
  return cleaned.slice(Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\')) + 1);
}

/** The first `words` words of a text on one line, with "…" when there is more: a label. */
export function excerpt(text: string, words: number): string {
  const all = text.trim().split(/\s+/u).filter(Boolean);
  let label = all.slice(0, words).join(' ');
  // Between graphemes, so that an emoji or an accent is never cut in half.
  if (label.length > 60) label = cutText(label, 60).trimEnd();
  return label.length < all.join(' ').length ? `${label}…` : label;
}

/**
 * The one place where a document's canonical text is built. Every importer produces
 * segment drafts (speaker turns or paragraphs); this module normalises them and joins them
 * with SEGMENT_SEPARATOR. Offsets of codings are UTF-16 units of the resulting text.
 */

export interface SegmentDraft {
  readonly text: string;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

export interface CanonicalSegment {
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

export interface CanonicalDocument {
  readonly text: string;
  readonly segments: readonly CanonicalSegment[];
}

/** Between two segments. A segment's own text never contains it (see normaliseSegmentText). */
export const SEGMENT_SEPARATOR = '\n\n';

/** BOM stripped, CRLF and lone CR to LF, Unicode NFC. */
export function normaliseRawText(raw: string): string {
  const withoutBom = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * A segment's text: lines right-trimmed, blank lines dropped (paragraph breaks inside a
 * turn become a single line break), outer whitespace trimmed.
 */
export function normaliseSegmentText(text: string): string {
  return normaliseRawText(text)
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .filter((line) => line.trim().length > 0)
    .join('\n')
    .trim();
}

function normaliseLabel(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** Builds the canonical text and segment offsets from drafts; empty drafts are dropped. */
export function buildCanonicalDocument(drafts: readonly SegmentDraft[]): CanonicalDocument {
  const segments: CanonicalSegment[] = [];
  let text = '';
  for (const draft of drafts) {
    const body = normaliseSegmentText(draft.text);
    if (body.length === 0) continue;
    if (segments.length > 0) text += SEGMENT_SEPARATOR;
    const start = text.length;
    text += body;
    segments.push({
      ordinal: segments.length,
      start,
      end: text.length,
      speaker: normaliseLabel(draft.speaker),
      timestamp: normaliseLabel(draft.timestamp),
    });
  }
  return { text, segments };
}

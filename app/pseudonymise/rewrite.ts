import { applyEdits, mapSpan, type TextEdit } from '../text/textEdits.ts';
import { planReplacements, type Replacement } from './replace.ts';

export interface SpanWithId {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

export interface SegmentSpan extends SpanWithId {
  readonly speaker: string | null;
}

export interface RewrittenCoding extends SpanWithId {
  readonly quote: string;
}

export interface DocumentRewrite {
  readonly text: string;
  readonly edits: readonly TextEdit[];
  readonly segments: readonly SegmentSpan[];
  readonly codings: readonly RewrittenCoding[];
  /** Occurrences replaced, in the text and in speaker labels. */
  readonly replaced: number;
}

/** A speaker label with the replacements applied, and how many were made. */
export function rewriteLabel(
  label: string | null,
  replacements: readonly Replacement[],
): { label: string | null; replaced: number } {
  if (label === null) return { label, replaced: 0 };
  const edits = planReplacements(label, replacements);
  return { label: applyEdits(label, edits), replaced: edits.length };
}

/**
 * A document after replacement: its text, its segments (boundaries mapped, speaker labels
 * replaced too) and its codings (ranges mapped, quotes re-read from the new text), through
 * the edits and offset mapping every rewrite of a text uses (app/text/textEdits.ts). Unlike
 * an edit (app/documents/rewriteDocument.ts), a coding inside a name is never unplaced: it
 * grows over the whole replacement. Because
 * variants and replacements never contain a line break, the segment separator survives and
 * a segment's text is exactly the replaced original segment.
 */
export function rewriteDocument(
  document: {
    readonly text: string;
    readonly segments: readonly SegmentSpan[];
    readonly codings: readonly SpanWithId[];
  },
  replacements: readonly Replacement[],
): DocumentRewrite {
  const edits = planReplacements(document.text, replacements);
  const text = applyEdits(document.text, edits);
  let replaced = edits.length;
  const segments = document.segments.map((segment) => {
    const speaker = rewriteLabel(segment.speaker, replacements);
    replaced += speaker.replaced;
    return { ...mapSpan(edits, segment), speaker: speaker.label };
  });
  const codings = document.codings.map((coding) => {
    const mapped = mapSpan(edits, coding);
    return { ...mapped, quote: text.slice(mapped.start, mapped.end) };
  });
  return { text, edits, segments, codings, replaced };
}

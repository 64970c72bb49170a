import type { Code, Coding } from '../../../app/contract/index.ts';
import type { CodingPainter } from '../highlights.ts';
import type { SegmentSpan } from '../offsets.ts';
import { mapRangeThroughEdits, textEditsBetween } from './textEdits.ts';

/** Turn texts joined as the canonical text joins segments, with each turn's span. */
export function spansOf(turnTexts: readonly string[]): { text: string; spans: SegmentSpan[] } {
  let text = '';
  const spans = turnTexts.map((turnText, index) => {
    if (index > 0) text += '\n\n';
    const start = text.length;
    text += turnText;
    return { start, end: text.length };
  });
  return { text, spans };
}

/**
 * Paints the codings of a document being edited where their text has gone (the text diffed
 * against the stored one): close enough while typing; the backend re-anchors them for good
 * when the edit is saved. Codings whose whole text is deleted are not painted.
 */
export function paintEditedCodings(
  painter: CodingPainter,
  root: Element,
  storedText: string,
  turnTexts: readonly string[],
  codings: readonly Coding[],
  codes: readonly Code[],
): void {
  const { text, spans } = spansOf(turnTexts);
  const edits = textEditsBetween(storedText, text);
  const moved = codings.flatMap((coding) => {
    const range = mapRangeThroughEdits(coding, edits);
    return range ? [{ ...coding, ...range }] : [];
  });
  // The offset mapping finds a turn's element by its start (domOffsets.ts): the editor's
  // turns get the starts of the text as edited so far.
  root.querySelectorAll<HTMLElement>('[data-ordinal]').forEach((element, index) => {
    const span = spans[index];
    if (span) element.dataset.start = String(span.start);
  });
  // Lexical rewrites text nodes as the user types, which can collapse ranges painted before:
  // the editor repaints every coding on each change (a few hundred turns at most).
  painter.clear();
  painter.paint(root, spans, moved, codes);
}

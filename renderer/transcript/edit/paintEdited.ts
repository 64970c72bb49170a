import type { Code, Coding } from '../../../app/contract/index.ts';
import type { CodingPainter } from '../highlights.ts';
import type { SegmentSpan } from '../offsets.ts';
import { reanchorCoding } from '../../../app/text/reanchor.ts';
import { editsBetween } from '../../../app/text/textEdits.ts';

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
 * Paints the codings of a document being edited where their text has gone: the text diffed
 * against the stored one and each coding re-anchored by the rule the backend applies when
 * the edit is saved (app/text/reanchor.ts), so what is painted is what will be saved.
 * Codings whose whole text is deleted (unplaced on save) are not painted.
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
  const edits = editsBetween(storedText, text);
  const moved = codings.flatMap((coding) => {
    const outcome = reanchorCoding(edits, text, coding);
    return outcome.status === 'unplaced' ? [] : [{ ...coding, ...outcome.after }];
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

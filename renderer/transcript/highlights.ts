import type { Code, Coding } from '../../app/contract/index.ts';
import { highlightColour, highlightName } from './colors.ts';
import { domRangeOf } from './domOffsets.ts';
import type { SegmentSpan } from './offsets.ts';

/**
 * Paints codings with the CSS Custom Highlight API: one Highlight per code (`code-<id>`),
 * coloured by a generated ::highlight() rule. Nothing is added to the editor's DOM, so the
 * text and its offsets stay exactly the document's; overlapping codings each get their own
 * translucent layer.
 */

const STYLE_ELEMENT_ID = 'verbatim-code-highlights';
const FLASH_HIGHLIGHT = 'jump-flash';
// Tints are lightened (colors.ts), so a higher alpha keeps them as visible as before.
const CODING_ALPHA = 0.45;

let paintedNames: string[] = [];

export function highlightsSupported(): boolean {
  // Older engines lack the API; the transcript then shows without colours rather than failing.
  return (
    typeof CSS !== 'undefined' &&
    (CSS as { highlights?: unknown }).highlights !== undefined &&
    typeof globalThis.Highlight === 'function'
  );
}

function styleElement(): HTMLStyleElement {
  let element = document.getElementById(STYLE_ELEMENT_ID) as HTMLStyleElement | null;
  if (!element) {
    element = document.createElement('style');
    element.id = STYLE_ELEMENT_ID;
    document.head.append(element);
  }
  return element;
}

export function clearCodingHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of paintedNames) CSS.highlights.delete(name);
  paintedNames = [];
}

export function paintCodings(
  root: Element,
  segments: readonly SegmentSpan[],
  codings: readonly Coding[],
  codes: readonly Code[],
): void {
  if (!highlightsSupported()) return;
  clearCodingHighlights();
  const cache = new Map();
  const rangesByCode = new Map<number, Range[]>();
  for (const coding of codings) {
    const range = domRangeOf(root, segments, coding, cache);
    if (!range) continue;
    const list = rangesByCode.get(coding.codeId) ?? [];
    list.push(range);
    rangesByCode.set(coding.codeId, list);
  }
  const rules: string[] = [];
  for (const code of codes) {
    const ranges = rangesByCode.get(code.id);
    if (!ranges) continue;
    const name = highlightName(code.id);
    CSS.highlights.set(name, new Highlight(...ranges));
    paintedNames.push(name);
    rules.push(`::highlight(${name}) { background-color: ${highlightColour(code.color, CODING_ALPHA)}; }`);
  }
  styleElement().textContent = rules.join('\n');
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Briefly marks a passage the user jumped to (an excerpt, a co-occurrence). */
export function flashRange(range: Range): void {
  if (!highlightsSupported()) return;
  clearTimeout(flashTimer);
  CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(range));
  flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), 1800);
}

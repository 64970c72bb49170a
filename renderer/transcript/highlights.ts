import type { Code } from '../../app/contract/index.ts';
import { highlightColour, highlightName } from './colors.ts';
import { domRangeOf } from './domOffsets.ts';
import type { SegmentSpan } from './offsets.ts';

/**
 * Codings are painted with the CSS Custom Highlight API: one Highlight per code (`code-<id>`),
 * coloured by a generated ::highlight() rule. Nothing is added to the transcript's DOM, so
 * the text and its offsets stay exactly the document's; overlapping codings each get their
 * own translucent layer.
 */

const STYLE_ELEMENT_ID = 'verbatim-code-highlights';
const FLASH_HIGHLIGHT = 'jump-flash';
// Tints are lightened (colors.ts), so a higher alpha keeps them as visible as before.
const CODING_ALPHA = 0.45;

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

interface Painted {
  readonly codeId: number;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}

/** The part of a coding to paint: its id and code, and the range shown (rendered turns only). */
export interface ShownCoding {
  readonly id: number;
  readonly codeId: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Paints codings with the CSS Custom Highlight API, keeping what it painted: each `paint`
 * adds, moves or removes only the codings that changed (and those whose turn was rendered
 * anew), so coding one passage of a long transcript touches one range, not thousands.
 * One per transcript view.
 */
export class CodingPainter {
  private readonly painted = new Map<number, Painted>();
  private readonly highlights = new Map<number, Highlight>();
  private rules = '';

  paint(
    root: Element,
    segments: readonly SegmentSpan[],
    shown: readonly ShownCoding[],
    codes: readonly Pick<Code, 'id' | 'color'>[],
  ): void {
    if (!highlightsSupported()) return;
    const cache = new Map();
    const wanted = new Set<number>();
    for (const coding of shown) {
      wanted.add(coding.id);
      const before = this.painted.get(coding.id);
      if (
        before &&
        before.codeId === coding.codeId &&
        before.start === coding.start &&
        before.end === coding.end &&
        before.range.startContainer.isConnected &&
        before.range.endContainer.isConnected
      ) {
        continue;
      }
      if (before) this.unpaint(coding.id, before);
      const range = domRangeOf(root, segments, coding, cache);
      if (!range) continue;
      this.highlightOf(coding.codeId).add(range);
      this.painted.set(coding.id, { codeId: coding.codeId, start: coding.start, end: coding.end, range });
    }
    for (const [id, before] of this.painted) if (!wanted.has(id)) this.unpaint(id, before);
    this.colour(codes);
  }

  /**
   * Removes every highlight this painter set, and only those: the view of the next document
   * (or of a pseudonymised text) may already have registered its own under the same names.
   */
  clear(): void {
    if (!highlightsSupported()) return;
    for (const [codeId, highlight] of this.highlights) {
      const name = highlightName(codeId);
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.highlights.clear();
    this.painted.clear();
  }

  private unpaint(id: number, before: Painted): void {
    this.highlights.get(before.codeId)?.delete(before.range);
    this.painted.delete(id);
  }

  private highlightOf(codeId: number): Highlight {
    let highlight = this.highlights.get(codeId);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(codeId, highlight);
      CSS.highlights.set(highlightName(codeId), highlight);
    }
    return highlight;
  }

  /**
   * One ::highlight() rule per code of the codebook, written again only when a colour
   * changed: a new stylesheet restyles the whole page, which a code's first coding must not
   * wait for.
   */
  private colour(codes: readonly Pick<Code, 'id' | 'color'>[]): void {
    const rules = codes
      .map(
        (code) =>
          `::highlight(${highlightName(code.id)}) { background-color: ${highlightColour(code.color, CODING_ALPHA)}; }`,
      )
      .join('\n');
    if (rules === this.rules) return;
    this.rules = rules;
    styleElement().textContent = rules;
  }
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Briefly marks a passage the user jumped to (an excerpt, a co-occurrence). */
export function flashRange(range: Range): void {
  if (!highlightsSupported()) return;
  clearTimeout(flashTimer);
  CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(range));
  flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), 1800);
}

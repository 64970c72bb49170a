import {
  canonicalOffset,
  localOffset,
  locateInPieces,
  locateInSegments,
  orderedRange,
  type Bias,
  type CanonicalRange,
  type SegmentSpan,
} from './offsets.ts';

/**
 * DOM side of the offset mapping. A segment element (data-ordinal, data-start) holds text
 * runs and <br> elements; its speaker label is CSS generated content, so it is not in the
 * DOM and cannot be selected. Only the turns near the view are rendered (TurnList.tsx): a
 * turn element is matched to its segment by its data-start, never by its position among
 * the rendered ones, and an offset in a turn not rendered has no DOM point (null). The
 * arithmetic lives in offsets.ts.
 */

/** A rendered piece of a segment: a text node, or a <br> standing for one "\n". */
type Piece = Text | HTMLBRElement;

const SEGMENT_SELECTOR = '[data-ordinal]';

function pieceLength(piece: Piece): number {
  return piece.nodeType === Node.TEXT_NODE ? (piece as Text).length : 1;
}

/** The text nodes and <br>s of a segment, in document order. */
export function piecesOf(segmentElement: Element): Piece[] {
  const walker = document.createTreeWalker(segmentElement, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      node.nodeType === Node.TEXT_NODE || node.nodeName === 'BR'
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_SKIP,
  });
  const pieces: Piece[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push(node as Piece);
  return pieces;
}

function segmentElements(root: Element): Element[] {
  return [...root.querySelectorAll(SEGMENT_SELECTOR)];
}

/** The index in `segments` of a rendered turn element (by its data-start), or -1. */
export function turnIndexOf(element: Element, segments: readonly SegmentSpan[]): number {
  const start = Number((element as HTMLElement).dataset.start);
  const located = Number.isFinite(start) ? locateInSegments(segments, start, 'start') : null;
  return located && segments[located.index]?.start === start ? located.index : -1;
}

/** The rendered element of turn `index`, or null when that turn is not in the DOM. */
export function turnElement(root: Element, segments: readonly SegmentSpan[], index: number): Element | null {
  const segment = segments[index];
  return segment ? root.querySelector(`${SEGMENT_SELECTOR}[data-start="${segment.start}"]`) : null;
}

/** True when `piece` comes before the DOM point (container, offset). */
function precedes(piece: Node, container: Node, offset: number): boolean {
  if (container.nodeType === Node.TEXT_NODE) {
    return (
      piece !== container &&
      Boolean(container.compareDocumentPosition(piece) & Node.DOCUMENT_POSITION_PRECEDING)
    );
  }
  const child = container.childNodes[offset];
  if (child) return Boolean(child.compareDocumentPosition(piece) & Node.DOCUMENT_POSITION_PRECEDING);
  // The point is at the end of the container: everything inside it or before it precedes.
  return (
    container.contains(piece) ||
    Boolean(container.compareDocumentPosition(piece) & Node.DOCUMENT_POSITION_PRECEDING)
  );
}

/** Local offset of a DOM point inside a segment element. */
function localOffsetOfPoint(segmentElement: Element, container: Node, offset: number): number {
  const pieces = piecesOf(segmentElement);
  const lengths = pieces.map(pieceLength);
  if (container.nodeType === Node.TEXT_NODE) {
    const index = pieces.indexOf(container as Text);
    if (index >= 0) return localOffset(lengths, index, offset);
  }
  const before = pieces.findIndex((piece) => !precedes(piece, container, offset));
  return localOffset(lengths, before === -1 ? pieces.length : before, 0);
}

/**
 * Canonical offset of a DOM point under `root`. A point between segments (or on the root)
 * goes to the next segment's start ('start') or the previous segment's end ('end').
 */
export function canonicalOffsetOfPoint(
  root: Element,
  segments: readonly SegmentSpan[],
  container: Node,
  offset: number,
  bias: Bias,
): number | null {
  if (!root.contains(container)) return null;
  const elements = segmentElements(root);
  const start = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
  const own = start?.closest(SEGMENT_SELECTOR);
  if (own && root.contains(own)) {
    const segment = segments[turnIndexOf(own, segments)];
    return segment ? canonicalOffset(segment, localOffsetOfPoint(own, container, offset)) : null;
  }
  // Outside any segment: find the rendered segments on either side of the point.
  const firstAfter = elements.findIndex((element) => !precedes(element, container, offset));
  const segmentOf = (position: number): SegmentSpan | undefined => {
    const element = elements[position];
    return element ? segments[turnIndexOf(element, segments)] : undefined;
  };
  if (bias === 'start') {
    const segment = firstAfter === -1 ? undefined : segmentOf(firstAfter);
    return segment ? segment.start : (segments.at(-1)?.end ?? null);
  }
  const lastBefore = firstAfter === -1 ? elements.length - 1 : firstAfter - 1;
  const segment = lastBefore < 0 ? undefined : segmentOf(lastBefore);
  return segment ? segment.end : (segments[0]?.start ?? null);
}

/** The canonical range of the current DOM selection, when it lies (at least partly) in root. */
export function selectionToCanonical(
  root: Element,
  segments: readonly SegmentSpan[],
  selection: Selection | null,
): CanonicalRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) return null;
  // Clamp a selection that starts or ends outside the transcript to its edges.
  const startInside = root.contains(range.startContainer);
  const endInside = root.contains(range.endContainer);
  const start = startInside
    ? canonicalOffsetOfPoint(root, segments, range.startContainer, range.startOffset, 'start')
    : (segments[0]?.start ?? null);
  const end = endInside
    ? canonicalOffsetOfPoint(root, segments, range.endContainer, range.endOffset, 'end')
    : (segments.at(-1)?.end ?? null);
  return start === null || end === null ? null : orderedRange(start, end);
}

const segmentElementsCache = new WeakMap<Map<Element, Piece[]>, Map<number, Element>>();

/** A DOM point for a canonical offset, on the side of the boundary chosen by `bias`. */
export function domPointOf(
  root: Element,
  segments: readonly SegmentSpan[],
  offset: number,
  bias: Bias,
  piecesCache?: Map<Element, Piece[]>,
): { node: Node; offset: number } | null {
  const located = locateInSegments(segments, offset, bias);
  if (!located) return null;
  // Painting many codings asks for many points: with a cache, the rendered turns are
  // listed once, not once per point (which took seconds on long transcripts).
  let element: Element | null | undefined;
  if (piecesCache) {
    let byStart = segmentElementsCache.get(piecesCache);
    if (!byStart) {
      byStart = new Map(
        segmentElements(root).map((turn) => [Number((turn as HTMLElement).dataset.start), turn]),
      );
      segmentElementsCache.set(piecesCache, byStart);
    }
    element = byStart.get(segments[located.index]?.start ?? -1);
  } else {
    element = turnElement(root, segments, located.index);
  }
  if (!element) return null;
  let pieces = piecesCache?.get(element);
  if (!pieces) {
    pieces = piecesOf(element);
    piecesCache?.set(element, pieces);
  }
  const point = locateInPieces(pieces.map(pieceLength), located.local, bias);
  if (!point) return { node: element, offset: 0 };
  const piece = pieces[point.index];
  if (!piece) return { node: element, offset: 0 };
  if (piece.nodeType === Node.TEXT_NODE) return { node: piece, offset: point.offset };
  // A <br>: before it (0) or after it (1), as a position in its parent.
  const parent = piece.parentNode;
  if (!parent) return { node: element, offset: 0 };
  return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, piece) + point.offset };
}

/** A DOM Range covering canonical [start, end), or null when it cannot be shown. */
export function domRangeOf(
  root: Element,
  segments: readonly SegmentSpan[],
  range: CanonicalRange,
  piecesCache?: Map<Element, Piece[]>,
): Range | null {
  const start = domPointOf(root, segments, range.start, 'start', piecesCache);
  const end = domPointOf(root, segments, range.end, 'end', piecesCache);
  if (!start || !end) return null;
  const domRange = document.createRange();
  domRange.setStart(start.node, start.offset);
  domRange.setEnd(end.node, end.offset);
  return domRange;
}

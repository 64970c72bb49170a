import { useEffect, useLayoutEffect, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Coding } from '../../app/contract/index.ts';
import { moveBoundary, wordBoundary, type Boundary } from './boundaryMoves.ts';
import { canonicalOffsetOfPoint, domRangeOf } from './domOffsets.ts';
import type { CanonicalRange, SegmentSpan } from './offsets.ts';
import { scrollIntoPane } from '../ui/scrollIntoPane.ts';

const DRAFT_HIGHLIGHT = 'verbatim-adjust';

interface Props {
  readonly coding: Coding;
  readonly text: string;
  readonly root: HTMLElement;
  readonly scroller: HTMLElement;
  readonly segments: readonly SegmentSpan[];
  readonly onCommit: (range: CanonicalRange) => void;
  readonly onCancel: () => void;
}

interface Point {
  readonly x: number;
  readonly y: number;
  readonly height: number;
}

function paintDraft(range: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (range) CSS.highlights.set(DRAFT_HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(DRAFT_HIGHLIGHT);
}

/**
 * Two handles on a coding's ends: drag them (or focus one and use ←/→, Ctrl for a word)
 * to move the boundary; Enter or releasing the mouse saves, Esc gives up. The draft range
 * is shown with its own highlight until it is saved. The handles live inside the scrolling
 * pane, in its content's coordinates, so they scroll with the text and bringing one into view
 * scrolls that pane only, never the application's frame.
 */
export function BoundaryHandles({ coding, text, root, scroller, segments, onCommit, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CanonicalRange>({ start: coding.start, end: coding.end });
  const [dragging, setDragging] = useState<Boundary | null>(null);
  // Bumped when the pane's size changes: the text re-wraps and the handles follow.
  const [wrap, setWrap] = useState(0);
  useEffect(() => {
    const observer = new ResizeObserver(() => setWrap((value) => value + 1));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [scroller]);

  // Where the handles go: read from the laid-out text (it is on the page before any coding
  // can be adjusted).
  const points = useMemo((): { start: Point; end: Point } | null => {
    const rects = domRangeOf(root, segments, draft)?.getClientRects();
    const first = rects?.[0];
    const last = rects?.[rects.length - 1];
    if (!first || !last) return null;
    const box = scroller.getBoundingClientRect();
    const at = (x: number, rect: DOMRect): Point => ({
      x: x - box.left + scroller.scrollLeft,
      y: rect.top - box.top + scroller.scrollTop,
      height: rect.height,
    });
    return { start: at(first.left, first), end: at(last.right, last) };
    // `wrap` is not read: it only says the text was laid out again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, root, scroller, segments, wrap]);

  // The coding being adjusted is in view when the handles appear.
  useEffect(() => {
    const rects = domRangeOf(root, segments, coding)?.getClientRects();
    const first = rects?.[0];
    if (first) scrollIntoPane(scroller, first);
  }, [coding, root, scroller, segments]);

  useLayoutEffect(() => {
    paintDraft(domRangeOf(root, segments, draft));
  }, [draft, root, segments]);
  useLayoutEffect(() => () => paintDraft(null), []);

  const offsetAt = (x: number, y: number, boundary: Boundary): number | null => {
    const caret = document.caretRangeFromPoint(x, y);
    if (!caret || !root.contains(caret.startContainer)) return null;
    return canonicalOffsetOfPoint(root, segments, caret.startContainer, caret.startOffset, boundary);
  };

  const onPointerMove = (event: PointerEvent): void => {
    if (!dragging) return;
    const offset = offsetAt(event.clientX, event.clientY, dragging);
    if (offset !== null) setDraft((current) => moveBoundary(current, dragging, offset, text.length));
  };

  const onKeyDown =
    (boundary: Boundary) =>
    (event: KeyboardEvent): void => {
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault();
        const direction = event.key === 'ArrowRight' ? 1 : -1;
        setDraft((current) => {
          const from = current[boundary];
          const to =
            event.ctrlKey || event.metaKey ? wordBoundary(text, from, direction, boundary) : from + direction;
          return moveBoundary(current, boundary, to, text.length);
        });
      } else if (event.key === 'Enter') {
        event.preventDefault();
        onCommit(draft);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }
    };

  if (!points) return null;
  const handle = (boundary: Boundary, point: Point) => (
    <button
      type="button"
      className={`boundary-handle boundary-handle--${boundary}`}
      data-boundary={boundary}
      aria-label={t(boundary === 'start' ? 'adjust.start' : 'adjust.end', {
        name: coding.quote.slice(0, 40),
      })}
      style={{ left: point.x, top: point.y, height: point.height }}
      onPointerDown={(event) => {
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        setDragging(boundary);
      }}
      onPointerMove={onPointerMove}
      onPointerUp={() => {
        if (!dragging) return;
        setDragging(null);
        onCommit(draft);
      }}
      onKeyDown={onKeyDown(boundary)}
    />
  );
  return createPortal(
    <div className="boundary-handles">
      {handle('start', points.start)}
      {handle('end', points.end)}
    </div>,
    scroller,
  );
}

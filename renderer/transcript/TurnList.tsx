import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { DocumentDetail, Segment } from '../../app/contract/index.ts';
import { renderedTurns, turnRuns, TurnHeights, windowFor, type TurnWindow } from './turnWindow.ts';

interface TurnProps {
  readonly segment: Segment;
  readonly text: string;
}

/**
 * One speaker turn: its text runs and a <br> per "\n" (domOffsets.ts reads them back). The
 * speaker and timestamp are data attributes shown by CSS generated content (::before), so
 * they are visible but are not text: they cannot be selected and never enter an offset.
 * Memoised: a turn's DOM is made once, and painting codings never touches it.
 */
const Turn = memo(function Turn({ segment, text }: TurnProps) {
  const lines = text.split('\n');
  return (
    <div
      className="segment"
      data-ordinal={segment.ordinal}
      data-start={segment.start}
      data-speaker={segment.speaker ?? undefined}
      data-timestamp={segment.timestamp ?? undefined}
    >
      {lines.map((line, index) => (
        // Lines never move: their position is their identity.
        <LineOf key={index} line={line} breakBefore={index > 0} />
      ))}
    </div>
  );
});

function LineOf({ line, breakBefore }: { readonly line: string; readonly breakBefore: boolean }) {
  return (
    <>
      {breakBefore && <br />}
      {line.length > 0 && line}
    </>
  );
}

interface Props {
  readonly document: DocumentDetail;
  /** The scrolling pane the turns are in. */
  readonly scroller: HTMLElement | null;
  /** Turns kept rendered wherever the view is (the selection's, a jump's target). */
  readonly pinned: readonly number[];
  /** Asks to show turn `index`: set by the list, called by the view (a jump, a restored place). */
  readonly revealRef: RefObject<((index: number) => void) | null>;
  /** The rendered turns changed (sorted indices), after they are in the DOM. */
  readonly onRendered: (rendered: readonly number[]) => void;
  readonly rootRef: (element: HTMLDivElement | null) => void;
}

const FIRST_TURNS = 12;

/**
 * The transcript's text: only the turns near the view are in the DOM (turnWindow.ts), the
 * others are gaps of their estimated height. Turns are measured once rendered, so the gaps
 * grow truer as the reader scrolls; the browser's scroll anchoring keeps the text in view
 * steady when a gap above it changes height.
 */
export const TurnList = memo(function TurnList({
  document,
  scroller,
  pinned,
  revealRef,
  onRendered,
  rootRef,
}: Props) {
  const { segments, text } = document;
  const heights = useMemo(
    () => new TurnHeights(segments.map((segment) => segment.end - segment.start)),
    [segments],
  );
  const [span, setSpan] = useState<TurnWindow>(() => ({
    first: 0,
    last: Math.min(segments.length, FIRST_TURNS) - 1,
  }));
  const [, setMeasured] = useState(0);
  const rootElement = useRef<HTMLDivElement | null>(null);
  const rendered = useMemo(
    () => renderedTurns(span, pinned, segments.length),
    [span, pinned, segments.length],
  );

  // The view's place in the list: the window follows scrolls and resizes, one frame at a time.
  useEffect(() => {
    const root = rootElement.current;
    if (!scroller || !root) return;
    let frame = 0;
    const follow = (): void => {
      frame = 0;
      // Hidden (another tab in front): nothing to follow.
      if (scroller.clientHeight === 0) return;
      const textTop =
        root.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      const viewTop = scroller.scrollTop - textTop;
      setSpan((current) => windowFor(heights, viewTop, viewTop + scroller.clientHeight, current));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(follow);
    };
    follow();
    scroller.addEventListener('scroll', schedule, { passive: true });
    const observer = new ResizeObserver(schedule);
    observer.observe(scroller);
    revealRef.current = (index: number) => {
      const textTop =
        root.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      // Centre the turn's estimated place; the caller scrolls exactly once it is rendered.
      scroller.scrollTop = Math.max(0, textTop + heights.top(index) - scroller.clientHeight / 2);
      follow();
    };
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      observer.disconnect();
    };
  }, [scroller, heights, revealRef]);

  // Measure the rendered turns; better estimates re-size the gaps.
  useLayoutEffect(() => {
    const root = rootElement.current;
    if (!root) return;
    const measured = new Map<number, number>();
    const turns = root.querySelectorAll<HTMLElement>(':scope > .segment');
    const gap = turns[0] ? Number.parseFloat(getComputedStyle(turns[0]).marginBottom) || 0 : 0;
    turns.forEach((element, position) => {
      const index = rendered[position];
      if (index !== undefined && element.offsetHeight > 0) measured.set(index, element.offsetHeight + gap);
    });
    if (heights.measure(measured)) setMeasured((count) => count + 1);
    onRendered(rendered);
  }, [rendered, heights, onRendered]);

  return (
    <div
      ref={(element) => {
        rootElement.current = element;
        rootRef(element);
      }}
      className="transcript__text"
    >
      {turnRuns(heights, rendered).map((run) => {
        if (run.kind === 'gap') {
          return <div key={`gap-${run.first}`} className="transcript__gap" style={{ height: run.height }} />;
        }
        const segment = segments[run.index];
        return segment ? (
          <Turn key={segment.ordinal} segment={segment} text={text.slice(segment.start, segment.end)} />
        ) : null;
      })}
    </div>
  );
});

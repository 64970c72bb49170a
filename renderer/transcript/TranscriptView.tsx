import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Coding, DocumentDetail } from '../../app/contract/index.ts';
import { BoundaryHandles } from './BoundaryHandles.tsx';
import { CodingsPopover, type CodingsPopoverState } from './CodingsPopover.tsx';
import {
  canonicalOffsetOfPoint,
  domRangeOf,
  selectionToCanonical,
  turnElement,
  turnIndexOf,
} from './domOffsets.ts';
import { CodingPainter, flashRange } from './highlights.ts';
import {
  codingsContaining,
  codingsOverlapping,
  locateInSegments,
  segmentsRange,
  type CanonicalRange,
} from './offsets.ts';
import { scrollIntoPane } from '../ui/scrollIntoPane.ts';
import { Stripes } from './Stripes.tsx';
import { TurnList } from './TurnList.tsx';
import { textFingerprint } from './textFingerprint.ts';
import { useReadingPlace } from './useReadingPlace.ts';
import { placeInView } from './turnInView.ts';
import { shownPart } from './turnWindow.ts';
import type { ReadingPlaces } from '../workspace/readingPlace.ts';

export interface TranscriptHandle {
  /** The selected passage in canonical offsets, or null. */
  selectedRange(): CanonicalRange | null;
  /** Focuses the transcript; a range chosen by keyboard is selected again (the palette took it). */
  focus(keep?: CanonicalRange): void;
  /** DOM ranges of canonical ranges (for find highlights); those not shown are left out. */
  domRanges(ranges: readonly CanonicalRange[]): Range[];
}

export interface JumpTarget {
  readonly documentId: number;
  readonly start: number;
  readonly end: number;
  /** Changes on every jump, so that jumping twice to the same passage works. */
  readonly nonce: number;
  /** Leave the keyboard where it is (e.g. in the find bar). */
  readonly keepFocus?: boolean;
}

interface Props {
  readonly document: DocumentDetail;
  readonly codings: readonly Coding[];
  readonly codes: readonly Code[];
  readonly jumpTarget: JumpTarget | null;
  readonly onRemoveCoding: (coding: Coding) => void;
  /** Saves a coding's new boundaries (dragged or moved from the keyboard). */
  readonly onAdjustCoding?: (coding: Coding, range: CanonicalRange) => void;
  /** Another tab is in front: the view stays mounted, and keeps its place and selection. */
  readonly hidden?: boolean;
  /** Where the reader was in each document: restored on opening, kept while reading. */
  readonly readingPlaces?: ReadingPlaces;
  readonly ref?: Ref<TranscriptHandle>;
}

const NO_TURNS: readonly number[] = [];

function sameTurns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The first and last turns a range touches. */
function turnsOfRange(segments: readonly { start: number; end: number }[], range: CanonicalRange): number[] {
  const first = locateInSegments(segments, range.start, 'start')?.index;
  const last = locateInSegments(segments, range.end, 'end')?.index;
  return first === undefined || last === undefined ? [] : [...new Set([first, last])];
}

/** Where a popover opened at the client point (x, y) goes inside the transcript's section. */
function popoverPosition(section: HTMLElement | null, x: number, y: number): { x: number; y: number } {
  const box = section?.getBoundingClientRect();
  return box ? { x: Math.max(8, Math.min(x - box.left, box.width - 320)), y: y - box.top + 12 } : { x, y };
}

function selectDomRange(range: Range): void {
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * The read-only transcript (keyed by document by its parent, so state resets per document):
 * one element per turn, only those near the view rendered (TurnList.tsx). Codings are
 * painted from the database with CSS highlights, only the changed ones each time;
 * selections map back to canonical offsets.
 */
export const TranscriptView = memo(function TranscriptView({
  document,
  codings,
  codes,
  jumpTarget,
  onRemoveCoding,
  onAdjustCoding,
  hidden = false,
  readingPlaces,
  ref,
}: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  // The scrolling element as state (not only a ref), so the stripes render once it exists.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [popover, setPopover] = useState<CodingsPopoverState | null>(null);
  const [adjusting, setAdjusting] = useState<Coding | null>(null);
  // Keyboard selection by whole turns: the turn where it started and the current one.
  const keyboardTurns = useRef<{ anchor: number; active: number } | null>(null);
  const segments = document.segments;
  const ownCodings = useMemo(
    () => codings.filter((coding) => coding.documentId === document.id),
    [codings, document.id],
  );

  // Turns rendered now (sorted), turns kept rendered for the selection and for a jump.
  const [rendered, setRendered] = useState<readonly number[]>(NO_TURNS);
  const [selectionTurns, setSelectionTurns] = useState<readonly number[]>(NO_TURNS);
  const [targetTurns, setTargetTurns] = useState<readonly number[]>(NO_TURNS);
  const reveal = useRef<((index: number) => void) | null>(null);
  // An action waiting for its turns to be rendered (a jump far away): run after each render.
  const pending = useRef<(() => boolean) | null>(null);
  // A new text (pseudonymised) is rendered anew: its highlights too.
  const textKey = useMemo(() => textFingerprint(document.text), [document.text]);
  const painter = useMemo(() => (textKey ? new CodingPainter() : null), [textKey]);
  useEffect(() => () => painter?.clear(), [painter]);
  const dismissPopover = useCallback(() => setPopover(null), []);
  const adjustingTurns = useMemo(
    () => (adjusting ? turnsOfRange(segments, adjusting) : NO_TURNS),
    [adjusting, segments],
  );
  const pinned = useMemo(
    () => [...selectionTurns, ...targetTurns, ...adjustingTurns],
    [selectionTurns, targetTurns, adjustingTurns],
  );
  const onRendered = useCallback(
    (turns: readonly number[]) => setRendered((current) => (sameTurns(current, turns) ? current : turns)),
    [],
  );
  // The codings as far as they are shown: clipped to the rendered turns, the others left out.
  const shownCodings = useMemo(
    () =>
      ownCodings.flatMap((coding) => {
        const part = shownPart(segments, rendered, coding);
        if (!part) return [];
        return part.start === coding.start && part.end === coding.end ? [coding] : [{ ...coding, ...part }];
      }),
    [ownCodings, segments, rendered],
  );

  /**
   * Runs `action` once `turns` are rendered: now, or after bringing them into the DOM and
   * the first of them into view.
   */
  const whenRendered = useCallback(
    (turns: readonly number[], action: (root: HTMLElement) => void): void => {
      const ready = (): boolean => {
        if (!root || !turns.every((index) => turnElement(root, segments, index))) return false;
        action(root);
        return true;
      };
      if (ready()) return;
      setTargetTurns(turns);
      pending.current = ready;
      if (turns[0] !== undefined) reveal.current?.(turns[0]);
    },
    [root, segments],
  );
  useLayoutEffect(() => {
    if (pending.current?.()) pending.current = null;
  }, [rendered]);

  /** The first turn in view (its index) and how much of it is scrolled past; null if hidden. */
  const placeShown = useCallback((): { index: number; fraction: number } | null => {
    const pane = scrollRef.current;
    // Only the turns near the view are rendered: map the first visible one to its segment.
    const turns = root ? [...root.querySelectorAll('[data-ordinal]')] : [];
    if (!pane || pane.clientHeight === 0 || turns.length === 0) return null;
    const box = pane.getBoundingClientRect();
    const place = placeInView(
      turns.map((turn) => turn.getBoundingClientRect()),
      box.top,
      box.bottom,
    );
    const first = turns[place.index];
    return first ? { index: Math.max(0, turnIndexOf(first, segments)), fraction: place.fraction } : null;
  }, [root, segments]);
  const schedulePlaceSave = useReadingPlace({
    readingPlaces,
    documentId: document.id,
    segments,
    shown: !hidden && root !== null && scroller !== null,
    jumpedHere: jumpTarget?.documentId === document.id,
    placeShown,
    goTo: (index, fraction) =>
      whenRendered([index], (shownRoot) => {
        const element = turnElement(shownRoot, segments, index);
        const pane = scrollRef.current;
        if (!element || !pane) return;
        const box = element.getBoundingClientRect();
        pane.scrollTop += box.top + fraction * box.height - pane.getBoundingClientRect().top;
      }),
  });

  // Another tab in front hides the pane (its scroll offset is lost): keep the place and the
  // selection, and give them back when the transcript is shown again.
  const lastScrollTop = useRef(0);
  const lastSelection = useRef<CanonicalRange | null>(null);

  // The selection's turns stay rendered while the reader scrolls away from them.
  useEffect(() => {
    if (!root) return;
    const onSelectionChange = (): void => {
      const selection = window.getSelection();
      const turns: number[] = [];
      for (const node of [selection?.anchorNode, selection?.focusNode]) {
        const element = node instanceof Element ? node : node?.parentElement;
        const turn = element && root.contains(element) ? element.closest('[data-start]') : null;
        const index = turn ? turnIndexOf(turn, segments) : -1;
        if (index >= 0 && !turns.includes(index)) turns.push(index);
      }
      if (turns.length > 0) lastSelection.current = selectionToCanonical(root, segments, selection);
      // Hidden, a selection elsewhere (an analysis view) is not the transcript's.
      if (turns.length > 0 || !hidden)
        setSelectionTurns((current) => (sameTurns(current, turns) ? current : turns));
    };
    window.document.addEventListener('selectionchange', onSelectionChange);
    return () => window.document.removeEventListener('selectionchange', onSelectionChange);
  }, [root, segments, hidden]);

  // Shown again after another tab: the place and the selection it had.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (hidden || !scroller || !element) return;
    element.scrollTop = lastScrollTop.current;
    const selection = lastSelection.current;
    if (selection) {
      whenRendered(turnsOfRange(segments, selection), (shownRoot) => {
        const range = domRangeOf(shownRoot, segments, selection);
        if (range) selectDomRange(range);
      });
    }
    // Only when shown again: the place is read, never pushed, while the reader scrolls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hidden, scroller]);

  useImperativeHandle(
    ref,
    () => ({
      // Behind another tab, the transcript's selection is not the one to code.
      selectedRange: () =>
        root && !hidden ? selectionToCanonical(root, segments, window.getSelection()) : null,
      focus: (keep) => {
        scrollRef.current?.focus({ preventScroll: true });
        // Only a keyboard selection of turns is restored: a mouse user clicks next, and a
        // click inside a selection would not reach the codings under it.
        const range = keep && root && keyboardTurns.current ? domRangeOf(root, segments, keep) : null;
        if (range) selectDomRange(range);
      },
      domRanges: (ranges) => {
        if (!root) return [];
        const cache = new Map();
        return ranges.flatMap((range) => domRangeOf(root, segments, range, cache) ?? []);
      },
    }),
    [root, segments, hidden],
  );

  // The database is the source of truth: repaint what changed in the codings, colours or
  // rendered turns, before the frame is drawn.
  useLayoutEffect(() => {
    if (!root || !root.isConnected) return;
    painter?.paint(root, segments, shownCodings, codes);
  }, [painter, root, segments, shownCodings, codes]);

  useEffect(() => {
    if (!root || !jumpTarget || jumpTarget.documentId !== document.id) return;
    whenRendered(turnsOfRange(segments, jumpTarget), (shownRoot) => {
      const range = domRangeOf(shownRoot, segments, jumpTarget);
      if (!range) return;
      // Only the pane scrolls: scrollIntoView would move the application's frame too.
      if (scrollRef.current)
        scrollIntoPane(
          scrollRef.current,
          range.getClientRects()[0] ?? range.getBoundingClientRect(),
          'center',
        );
      if (!jumpTarget.keepFocus) scrollRef.current?.focus({ preventScroll: true });
      selectDomRange(range);
      flashRange(range);
    });
    // A new jump target only (its nonce), not every new render of the turns.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [root, segments, jumpTarget, document.id]);

  // The popover stays inside the pane, above the click when there is no room below: the
  // frame around the pane never scrolls to show what overflows it.
  useLayoutEffect(() => {
    const section = sectionRef.current;
    const element = section?.querySelector<HTMLElement>(':scope > .codings-popover');
    if (!section || !element || !popover) return;
    const bottom = popover.y + element.offsetHeight;
    if (bottom <= section.clientHeight) return;
    const above = popover.y - element.offsetHeight - 36;
    element.style.top = `${Math.max(0, above >= 0 ? above : section.clientHeight - element.offsetHeight)}px`;
  }, [popover]);

  const markActiveTurn = (index: number | null): void => {
    root?.querySelectorAll('[data-active]').forEach((element) => element.removeAttribute('data-active'));
    if (index === null || !root) return;
    const element = turnElement(root, segments, index);
    element?.setAttribute('data-active', 'true');
    if (element && scrollRef.current) scrollIntoPane(scrollRef.current, element.getBoundingClientRect());
  };

  const turnInView = (): number => placeShown()?.index ?? 0;

  // Stable while the codings are: the memoised stripes then re-render only when they change.
  const selectStripe = useCallback(
    (shown: Coding, at: { x: number; y: number }) => {
      if (!root) return;
      // A stripe may stand for the rendered part of a coding: act on the whole coding.
      const coding = ownCodings.find((candidate) => candidate.id === shown.id) ?? shown;
      const domRange = domRangeOf(root, segments, coding);
      if (domRange) selectDomRange(domRange);
      scrollRef.current?.focus({ preventScroll: true });
      // The coding's own actions (remove, adjust, memo), as a click inside it shows.
      setPopover({
        codings: [coding],
        ...popoverPosition(sectionRef.current, at.x, at.y),
        fromKeyboard: false,
      });
    },
    [root, segments, ownCodings],
  );

  const onMouseUp = (event: MouseEvent): void => {
    // A coding stripe selects its coding itself (Stripes.tsx).
    if (event.target instanceof Element && event.target.closest('.stripes')) return;
    const { clientX, clientY } = event;
    // Let the browser finish updating the selection first.
    requestAnimationFrame(() => {
      const selection = window.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      keyboardTurns.current = null;
      markActiveTurn(null);
      if (!selection.isCollapsed) {
        setPopover(null);
        return;
      }
      const anchor = selection.anchorNode;
      const offset = anchor
        ? canonicalOffsetOfPoint(root, segments, anchor, selection.anchorOffset, 'start')
        : null;
      const here = offset === null ? [] : codingsContaining(ownCodings, offset);
      setPopover(
        here.length > 0
          ? { codings: here, ...popoverPosition(sectionRef.current, clientX, clientY), fromKeyboard: false }
          : null,
      );
    });
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (!root || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const current = keyboardTurns.current;
      const active = current
        ? Math.max(0, Math.min(segments.length - 1, current.active + step))
        : turnInView();
      const anchor = event.shiftKey && current ? current.anchor : active;
      keyboardTurns.current = { anchor, active };
      // The turns may be out of the DOM (scrolled far away): bring them in first, the
      // active one into view.
      whenRendered([active, anchor], (shownRoot) => {
        const range = segmentsRange(segments, anchor, active);
        const domRange = range ? domRangeOf(shownRoot, segments, range) : null;
        if (domRange) selectDomRange(domRange);
        markActiveTurn(active);
      });
      setPopover(null);
    } else if (event.key === 'Enter') {
      const range = selectionToCanonical(root, segments, window.getSelection());
      if (!range) return;
      event.preventDefault();
      // Below the active turn, else below the selection (the text's end may be far off-screen).
      const box =
        root.querySelector('[data-active]')?.getBoundingClientRect() ??
        window.getSelection()?.getRangeAt(0).getBoundingClientRect() ??
        root.getBoundingClientRect();
      setPopover({
        codings: codingsOverlapping(ownCodings, range),
        ...popoverPosition(sectionRef.current, box.left + 24, box.bottom),
        fromKeyboard: true,
      });
    } else if (event.key === 'Escape') {
      setPopover(null);
    }
  };

  return (
    <section ref={sectionRef} className="transcript" aria-label={t('transcript.label')} hidden={hidden}>
      <div
        ref={(element) => {
          scrollRef.current = element;
          setScroller(element);
        }}
        className="transcript__scroll"
        tabIndex={0}
        role="document"
        aria-label={document.name}
        aria-describedby="transcript-keyboard-hint"
        onMouseUp={onMouseUp}
        onKeyDown={onKeyDown}
        onScroll={(event) => {
          setPopover(null);
          if (event.currentTarget.clientHeight > 0) lastScrollTop.current = event.currentTarget.scrollTop;
          schedulePlaceSave();
        }}
      >
        <TurnList
          key={textKey}
          document={document}
          scroller={scroller}
          pinned={pinned}
          revealRef={reveal}
          onRendered={onRendered}
          rootRef={setRoot}
        />
        {root && scroller && (
          <Stripes
            root={root}
            scroller={scroller}
            segments={segments}
            codings={shownCodings}
            codes={codes}
            onSelect={selectStripe}
          />
        )}
      </div>
      <p id="transcript-keyboard-hint" className="visually-hidden">
        {t('transcript.keyboardHint')}
      </p>
      {popover && (
        <CodingsPopover
          state={popover}
          codes={codes}
          onRemove={(coding) => {
            setPopover(null);
            onRemoveCoding(coding);
            scrollRef.current?.focus({ preventScroll: true });
          }}
          onClose={() => {
            setPopover(null);
            scrollRef.current?.focus({ preventScroll: true });
          }}
          onDismiss={dismissPopover}
          {...(onAdjustCoding
            ? {
                onAdjust: (coding: Coding) => {
                  setPopover(null);
                  setAdjusting(coding);
                },
              }
            : {})}
        />
      )}
      {adjusting && root && scroller && onAdjustCoding && (
        <BoundaryHandles
          key={adjusting.id}
          coding={adjusting}
          text={document.text}
          root={root}
          scroller={scroller}
          segments={segments}
          onCommit={(range) => {
            setAdjusting(null);
            if (range.start !== adjusting.start || range.end !== adjusting.end)
              onAdjustCoding(adjusting, range);
            scrollRef.current?.focus({ preventScroll: true });
          }}
          onCancel={() => {
            setAdjusting(null);
            scrollRef.current?.focus({ preventScroll: true });
          }}
        />
      )}
    </section>
  );
});

import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Coding, DocumentDetail } from '../../app/contract/index.ts';
import { $buildTranscript } from './buildTranscript.ts';
import { BoundaryHandles } from './BoundaryHandles.tsx';
import { CodingsPopover, type CodingsPopoverState } from './CodingsPopover.tsx';
import { canonicalOffsetOfPoint, domRangeOf, selectionToCanonical } from './domOffsets.ts';
import { flashRange, paintCodings, clearCodingHighlights } from './highlights.ts';
import { codingsContaining, codingsOverlapping, segmentsRange, type CanonicalRange } from './offsets.ts';
import { SegmentNode } from './SegmentNode.ts';
import { Stripes } from './Stripes.tsx';
import { TranscriptReadyPlugin } from './TranscriptReadyPlugin.tsx';
import { textFingerprint } from './textFingerprint.ts';

export interface TranscriptHandle {
  /** The selected passage in canonical offsets, or null. */
  selectedRange(): CanonicalRange | null;
  focus(): void;
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
  readonly ref?: Ref<TranscriptHandle>;
}

function selectDomRange(range: Range): void {
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * The read-only transcript (keyed by document by its parent, so state resets per document): a Lexical editor with one SegmentNode per turn. Codings are
 * painted from the database with CSS highlights; selections map back to canonical offsets.
 */
export function TranscriptView({
  document,
  codings,
  codes,
  jumpTarget,
  onRemoveCoding,
  onAdjustCoding,
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

  const textKey = useMemo(() => textFingerprint(document.text), [document.text]);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'verbatim-transcript',
      nodes: [SegmentNode],
      editable: false,
      theme: { root: 'transcript__text' },
      editorState: () => $buildTranscript(document),
      onError: (error: Error) => {
        throw error;
      },
    }),
    [document],
  );

  const onReady = useCallback((element: HTMLElement) => setRoot(element), []);
  const dismissPopover = useCallback(() => setPopover(null), []);

  useImperativeHandle(
    ref,
    () => ({
      selectedRange: () => (root ? selectionToCanonical(root, segments, window.getSelection()) : null),
      focus: () => scrollRef.current?.focus(),
      domRanges: (ranges) => {
        if (!root) return [];
        const cache = new Map();
        return ranges.flatMap((range) => domRangeOf(root, segments, range, cache) ?? []);
      },
    }),
    [root, segments],
  );

  // The database is the source of truth: repaint whenever the codings or colours change.
  useEffect(() => {
    if (!root || !root.isConnected) return;
    paintCodings(root, segments, ownCodings, codes);
  }, [root, segments, ownCodings, codes]);
  useEffect(() => () => clearCodingHighlights(), []);

  useEffect(() => {
    if (!root || !root.isConnected || !jumpTarget || jumpTarget.documentId !== document.id) return;
    const range = domRangeOf(root, segments, jumpTarget);
    if (!range) return;
    const target =
      range.startContainer.parentElement?.closest('[data-ordinal]') ?? range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center' });
    if (!jumpTarget.keepFocus) scrollRef.current?.focus({ preventScroll: true });
    selectDomRange(range);
    flashRange(range);
  }, [root, segments, jumpTarget, document.id]);

  const markActiveTurn = (index: number | null): void => {
    root?.querySelectorAll('[data-active]').forEach((element) => element.removeAttribute('data-active'));
    if (index === null) return;
    const element = root?.querySelectorAll('[data-ordinal]')[index];
    element?.setAttribute('data-active', 'true');
    element?.scrollIntoView({ block: 'nearest' });
  };

  const popoverPosition = (x: number, y: number): { x: number; y: number } => {
    const box = sectionRef.current?.getBoundingClientRect();
    return box ? { x: Math.max(8, Math.min(x - box.left, box.width - 320)), y: y - box.top + 12 } : { x, y };
  };

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
        here.length > 0 ? { codings: here, ...popoverPosition(clientX, clientY), fromKeyboard: false } : null,
      );
    });
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (!root || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const current = keyboardTurns.current;
      const active = current ? Math.max(0, Math.min(segments.length - 1, current.active + step)) : 0;
      const anchor = event.shiftKey && current ? current.anchor : active;
      keyboardTurns.current = { anchor, active };
      const range = segmentsRange(segments, anchor, active);
      const domRange = range ? domRangeOf(root, segments, range) : null;
      if (domRange) selectDomRange(domRange);
      markActiveTurn(active);
      setPopover(null);
    } else if (event.key === 'Enter') {
      const range = selectionToCanonical(root, segments, window.getSelection());
      if (!range) return;
      event.preventDefault();
      const box =
        root.querySelector('[data-active]')?.getBoundingClientRect() ?? root.getBoundingClientRect();
      setPopover({
        codings: codingsOverlapping(ownCodings, range),
        ...popoverPosition(box.left + 24, box.bottom),
        fromKeyboard: true,
      });
    } else if (event.key === 'Escape') {
      setPopover(null);
    }
  };

  return (
    <section ref={sectionRef} className="transcript" aria-label={t('transcript.label')}>
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
        onScroll={() => setPopover(null)}
      >
        <LexicalComposer key={`${document.id}:${textKey}`} initialConfig={initialConfig}>
          <PlainTextPlugin
            contentEditable={<ContentEditable className="transcript__text" aria-label={document.name} />}
            ErrorBoundary={LexicalErrorBoundary}
          />
          <TranscriptReadyPlugin onReady={onReady} />
        </LexicalComposer>
        {root && scroller && (
          <Stripes
            root={root}
            scroller={scroller}
            segments={segments}
            codings={ownCodings}
            codes={codes}
            onSelect={(coding, at) => {
              const domRange = domRangeOf(root, segments, coding);
              if (domRange) selectDomRange(domRange);
              scrollRef.current?.focus({ preventScroll: true });
              // The coding's own actions (remove, adjust, memo), as a click inside it shows.
              setPopover({ codings: [coding], ...popoverPosition(at.x, at.y), fromKeyboard: false });
            }}
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
}

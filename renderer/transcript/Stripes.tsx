import { memo, useLayoutEffect, useMemo, useState, type CSSProperties, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import type { Code, Coding } from '../../app/contract/index.ts';
import { domRangeOf } from './domOffsets.ts';
import type { SegmentSpan } from './offsets.ts';
import { layoutStripes, marginGeometry, type MarginGeometry, type Stripe } from './stripeLayout.ts';
import { StripeNamesToggle, useStripeNames } from './StripeNamesToggle.tsx';

const HOVER_HIGHLIGHT = 'verbatim-stripe-hover';
/** Space between the text and the first column. */
const GUTTER = 10;
const FALLBACK_COLOUR = '#999999';
const TOOLTIP_QUOTE = 120;
/** Space between two columns' bars. */
const BAR_GAP = 3;

interface Props {
  readonly root: HTMLElement;
  readonly scroller: HTMLElement;
  readonly segments: readonly SegmentSpan[];
  readonly codings: readonly Coding[];
  readonly codes: readonly Code[];
  /** A bar was clicked: select its coding (the click's place, to show its actions there). */
  readonly onSelect: (coding: Coding, at: { x: number; y: number }) => void;
}

interface Placed extends Stripe {
  /** Static, not live: thousands of live ranges would slow every change to the page's DOM. */
  readonly range: StaticRange;
}

interface Layout {
  readonly stripes: readonly Placed[];
  readonly left: number;
  readonly geometry: MarginGeometry;
}

function setHover(range: StaticRange | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (!range) {
    CSS.highlights.delete(HOVER_HIGHLIGHT);
    return;
  }
  const highlight = new Highlight(range);
  // Above the codes' own highlights, which are registered again whenever codings change.
  highlight.priority = 1;
  CSS.highlights.set(HOVER_HIGHLIGHT, highlight);
}

/** The first turn whose bottom is inside the pane (a binary search: turns are in order). */
function firstTurnInView(root: HTMLElement, scroller: HTMLElement): Element | undefined {
  const turns = root.querySelectorAll('[data-ordinal]');
  const top = scroller.getBoundingClientRect().top;
  let low = 0;
  let high = turns.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((turns[middle]?.getBoundingClientRect().bottom ?? 0) > top) high = middle;
    else low = middle + 1;
  }
  return turns[low];
}

/** Runs `change`, which re-wraps the text, keeping the turn being read where it was. */
function keepingReadingPlace(root: HTMLElement, scroller: HTMLElement, change: () => void): void {
  const anchor = firstTurnInView(root, scroller);
  const before = anchor?.getBoundingClientRect().top ?? 0;
  change();
  if (anchor) scroller.scrollTop += anchor.getBoundingClientRect().top - before;
}

function tooltip(code: Code | undefined, coding: Coding | undefined): string | undefined {
  if (!code) return undefined;
  const quote = coding?.quote ?? '';
  return `${code.name}: ${quote.length > TOOLTIP_QUOTE ? `${quote.slice(0, TOOLTIP_QUOTE)}…` : quote}`;
}

/**
 * The coding stripes beside the text, as in MAXQDA or NVivo: one bar per coding in its
 * code's colour, spanning the lines it covers; overlapping codings sit in separate columns
 * of a gutter of bounded width, so the text keeps its measure however many codes stack.
 * Bars are compact, named on hover, or all named on request (a remembered toggle, placed
 * over the pane's corner). Hovering a bar brightens its passage; clicking selects it. Bars are
 * plain positioned elements outside the editor (never Lexical nodes), measured in one pass
 * from each coding's DOM range. They are a pointer shortcut, hidden from assistive
 * technology: from the keyboard, Enter on a selection lists the codings there.
 */
export const Stripes = memo(function Stripes({ root, scroller, segments, codings, codes, onSelect }: Props) {
  const [names, setNames] = useStripeNames();
  const [layout, setLayout] = useState<Layout>({
    stripes: [],
    left: 0,
    geometry: marginGeometry(0, 0),
  });

  useLayoutEffect(() => {
    /** Where every bar goes with the text as it is laid out now, and the margin it needs. */
    const place = (): { layout: Layout; width: number } => {
      const box = scroller.getBoundingClientRect();
      // Positions are inside the scrolled content, so the bars scroll with the text.
      const origin = box.top - scroller.scrollTop;
      const cache = new Map();
      const ranges = new Map<number, StaticRange>();
      const inputs: Stripe[] = [];
      for (const coding of codings) {
        const range = domRangeOf(root, segments, coding, cache);
        const rects = range?.getClientRects();
        const first = rects?.[0];
        const last = rects?.[rects.length - 1];
        if (!range || !first || !last) continue;
        ranges.set(coding.id, new StaticRange(range));
        inputs.push({
          id: coding.id,
          codeId: coding.codeId,
          top: first.top - origin,
          bottom: last.bottom - origin,
          column: 0,
        });
      }
      const { stripes, columns } = layoutStripes(inputs);
      const geometry = marginGeometry(columns, scroller.clientWidth, names);
      const shown = Math.min(columns, geometry.maxColumns);
      // In the codings' order, not the layout's: reordering thousands of elements is slow.
      const columnOf = new Map(stripes.map((stripe) => [stripe.id, stripe.column]));
      return {
        layout: {
          stripes: inputs.flatMap((input) => {
            const range = ranges.get(input.id);
            const column = Math.min(columnOf.get(input.id) ?? 0, geometry.maxColumns - 1);
            return range ? [{ ...input, column, range }] : [];
          }),
          left: root.getBoundingClientRect().right - box.left + scroller.scrollLeft + GUTTER,
          geometry,
        },
        width: shown === 0 ? 0 : shown * geometry.columnWidth + GUTTER,
      };
    };

    // The margin narrows only for new codings or a resized area: text re-wrapped by the
    // margin itself could otherwise need one column less, then one more, and flicker.
    let areaWidth = scroller.clientWidth;
    let mayNarrow = true;
    const measure = (): void => {
      if (scroller.clientWidth !== areaWidth) {
        areaWidth = scroller.clientWidth;
        mayNarrow = true;
      }
      let placed = place();
      const current = Number.parseFloat(scroller.style.getPropertyValue('--stripes-width')) || 0;
      const width = mayNarrow ? placed.width : Math.max(placed.width, current);
      mayNarrow = false;
      if (width !== current) {
        // Room for the bars right of the text; the text re-wraps, so measure once more now
        // rather than show a frame of bars beside the old lines.
        keepingReadingPlace(root, scroller, () =>
          scroller.style.setProperty('--stripes-width', `${width}px`),
        );
        placed = place();
      }
      setLayout(placed.layout);
    };
    measure();
    // Wrapping changes with the window's width: measure again.
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    observer.observe(scroller);
    return () => {
      observer.disconnect();
      setHover(null);
    };
  }, [root, scroller, segments, codings, names]);

  const codeById = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const codingById = useMemo(() => new Map(codings.map((coding) => [coding.id, coding])), [codings]);
  const { geometry } = layout;
  const pane = scroller.parentElement;
  return (
    <>
      {pane &&
        layout.stripes.length > 0 &&
        createPortal(<StripeNamesToggle pressed={names} onChange={setNames} />, pane)}
      <div className={`stripes${geometry.labels ? ' stripes--labelled' : ''}`} aria-hidden="true">
        {layout.stripes.map((stripe) => {
          const code = codeById.get(stripe.codeId);
          const coding = codingById.get(stripe.id);
          const style = {
            top: stripe.top,
            height: Math.max(6, stripe.bottom - stripe.top),
            left: layout.left + stripe.column * geometry.columnWidth,
            width: geometry.columnWidth - BAR_GAP,
            '--stripe-colour': code?.color ?? FALLBACK_COLOUR,
          } as CSSProperties;
          return (
            <div
              key={stripe.id}
              className="stripe"
              data-code={code?.name}
              data-coding-id={stripe.id}
              title={tooltip(code, coding)}
              style={style}
              onMouseEnter={() => setHover(stripe.range)}
              onMouseLeave={() => setHover(null)}
              onClick={(event: MouseEvent) => {
                if (coding) onSelect(coding, { x: event.clientX, y: event.clientY });
              }}
            >
              {/* Always there, shown by CSS on hover or when every name is asked for: adding
                and removing thousands of elements would be slow. */}
              <span className="stripe__name">{code?.name}</span>
            </div>
          );
        })}
      </div>
    </>
  );
});

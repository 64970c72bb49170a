import { useLayoutEffect, useState } from 'react';
import type { Code, Coding } from '../../app/contract/index.ts';
import { domRangeOf } from './domOffsets.ts';
import type { CanonicalRange, SegmentSpan } from './offsets.ts';
import { layoutStripes, type Stripe } from './stripeLayout.ts';

const HOVER_HIGHLIGHT = 'verbatim-stripe-hover';
const COLUMN_WIDTH = 18;
/** Beyond this many side-by-side bars the margin would crowd the page: the rest share the last column. */
const MAX_COLUMNS = 14;

interface Props {
  readonly root: HTMLElement;
  readonly scroller: HTMLElement;
  readonly segments: readonly SegmentSpan[];
  readonly codings: readonly Coding[];
  readonly codes: readonly Code[];
  readonly onSelect: (range: CanonicalRange) => void;
}

interface Placed extends Stripe {
  readonly range: Range;
}

function setHover(range: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (range) CSS.highlights.set(HOVER_HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(HOVER_HIGHLIGHT);
}

/**
 * The coding stripes beside the text, as in MAXQDA or NVivo: one bar per coding in its
 * code's colour and with its name, spanning the lines it covers; overlapping codings sit in
 * separate columns. Hovering a bar brightens its passage; clicking selects it. Bars are
 * plain positioned elements outside the editor: the text keeps one element per turn.
 */
export function Stripes({ root, scroller, segments, codings, codes, onSelect }: Props) {
  const [placed, setPlaced] = useState<{ stripes: Placed[]; left: number }>({ stripes: [], left: 0 });

  useLayoutEffect(() => {
    const measure = (): void => {
      const box = scroller.getBoundingClientRect();
      const origin = box.top - scroller.scrollTop;
      const cache = new Map();
      const inputs: (Stripe & { range: Range })[] = [];
      for (const coding of codings) {
        const range = domRangeOf(root, segments, coding, cache);
        const rects = range?.getClientRects();
        const first = rects?.[0];
        const last = rects?.[rects.length - 1];
        if (!range || !first || !last) continue;
        inputs.push({
          id: coding.id,
          codeId: coding.codeId,
          top: first.top - origin,
          bottom: last.bottom - origin,
          column: 0,
          range,
        });
      }
      const ranges = new Map(inputs.map((input) => [input.id, input.range]));
      const { stripes, columns } = layoutStripes(inputs);
      // Room for the bars on the right of the text; the text re-wraps and the observer measures again.
      const width = `${Math.min(columns, MAX_COLUMNS) * COLUMN_WIDTH + 12}px`;
      if (scroller.style.getPropertyValue('--stripes-width') !== width) {
        scroller.style.setProperty('--stripes-width', width);
      }
      const left = root.getBoundingClientRect().right - box.left + scroller.scrollLeft + 10;
      setPlaced({
        stripes: stripes.flatMap((stripe) => {
          const range = ranges.get(stripe.id);
          return range ? [{ ...stripe, column: Math.min(stripe.column, MAX_COLUMNS - 1), range }] : [];
        }),
        left,
      });
    };
    measure();
    // Wrapping changes with the window's width: measure again.
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => {
      observer.disconnect();
      setHover(null);
    };
  }, [root, scroller, segments, codings]);

  const codeById = new Map(codes.map((code) => [code.id, code]));
  return (
    <div className="stripes" aria-hidden="true">
      {placed.stripes.map((stripe) => {
        const code = codeById.get(stripe.codeId);
        const coding = codings.find((candidate) => candidate.id === stripe.id);
        return (
          <div
            key={stripe.id}
            className="stripe"
            data-code={code?.name}
            data-coding-id={stripe.id}
            title={code ? `${code.name}: ${coding?.quote ?? ''}` : undefined}
            style={{
              top: stripe.top,
              height: Math.max(6, stripe.bottom - stripe.top),
              left: placed.left + stripe.column * COLUMN_WIDTH,
              borderColor: code?.color ?? '#999999',
            }}
            onMouseEnter={() => setHover(stripe.range)}
            onMouseLeave={() => setHover(null)}
            onClick={() => coding && onSelect(coding)}
          >
            <span className="stripe__name" style={{ color: code?.color ?? '#999999' }}>
              {code?.name}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** A coding's vertical extent in the transcript, in pixels from the top of the text. */
export interface StripeInput {
  readonly id: number;
  readonly codeId: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Stripe extends StripeInput {
  /** 0 is the column nearest the text. */
  readonly column: number;
}

/** Space kept between two bars of one column, so that they read as two. */
const GAP = 3;

/**
 * Puts each coding's bar in a column so that bars never touch: codings are taken from the
 * top, each in the first column free at its height (interval-graph colouring, which uses as
 * few columns as the most codings overlapping at one height). A code keeps its column when
 * that column is free, so its bars line up.
 */
export function layoutStripes(inputs: readonly StripeInput[]): { stripes: Stripe[]; columns: number } {
  const sorted = [...inputs].sort((a, b) => a.top - b.top || b.bottom - a.bottom || a.id - b.id);
  const columnEnds: number[] = [];
  const lastColumnOfCode = new Map<number, number>();
  const stripes: Stripe[] = [];
  for (const input of sorted) {
    const free = (column: number): boolean => (columnEnds[column] ?? -Infinity) + GAP <= input.top;
    const preferred = lastColumnOfCode.get(input.codeId);
    let column =
      preferred !== undefined && free(preferred)
        ? preferred
        : columnEnds.findIndex((_, index) => free(index));
    if (column < 0) column = columnEnds.length;
    columnEnds[column] = input.bottom;
    lastColumnOfCode.set(input.codeId, column);
    stripes.push({ ...input, column });
  }
  return { stripes, columns: columnEnds.length };
}

/** How the margin is drawn: the width of a column, how many columns fit, whether names fit. */
export interface MarginGeometry {
  readonly columnWidth: number;
  /** Bars of columns beyond this share the last one, rather than squeeze the text out. */
  readonly maxColumns: number;
  /** Columns wide enough to write the code's name beside its bar. */
  readonly labels: boolean;
}

const WIDE_COLUMN = 76;
const NARROW_COLUMN = 14;
const LABEL_MIN_WIDTH = 44;
/** Share of the reading area the margin may take; the text keeps the rest. */
const MARGIN_SHARE = 0.3;

/**
 * Columns are wide, with the code's name beside each bar, while they fit in their share of
 * the reading area; with more columns they narrow to coloured bars (the name stays in the
 * tooltip), and past the narrowest the last column is shared.
 */
export function marginGeometry(columns: number, areaWidth: number): MarginGeometry {
  const budget = Math.max(NARROW_COLUMN * 2, Math.floor(areaWidth * MARGIN_SHARE));
  const columnWidth = Math.max(
    NARROW_COLUMN,
    Math.min(WIDE_COLUMN, Math.floor(budget / Math.max(1, columns))),
  );
  return {
    columnWidth,
    maxColumns: Math.max(1, Math.floor(budget / columnWidth)),
    labels: columnWidth >= LABEL_MIN_WIDTH,
  };
}

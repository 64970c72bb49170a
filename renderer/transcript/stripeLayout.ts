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

/** How the margin is drawn: the width of a column, how many columns fit, whether names show. */
export interface MarginGeometry {
  readonly columnWidth: number;
  /** Bars of columns beyond this share the last one, rather than squeeze the text out. */
  readonly maxColumns: number;
  /** Each bar carries its code's name (written along it). */
  readonly labels: boolean;
}

/** A compact bar and the gap after it. */
const COMPACT_COLUMN = 8;
/** A bar with its code's name written vertically beside it. */
const NAMED_COLUMN = 20;
/** Most columns drawn: with more, the text's measure would suffer for bars nobody can tell apart. */
const MAX_COLUMNS = 10;
/** Share of the reading area the margin may take; the text keeps the rest. */
const MARGIN_SHARE = 0.2;

/**
 * The margin is a gutter of bounded width, whatever the number of overlapping codings:
 * compact coloured bars (the name shows on hover), or on request bars with their names
 * written along them, as in MAXQDA. Past the columns that fit, the last one is shared.
 */
export function marginGeometry(columns: number, areaWidth: number, names = false): MarginGeometry {
  const columnWidth = names ? NAMED_COLUMN : COMPACT_COLUMN;
  const fit = Math.floor((areaWidth * MARGIN_SHARE) / columnWidth);
  return {
    columnWidth,
    maxColumns: Math.max(1, Math.min(MAX_COLUMNS, fit, Math.max(1, columns))),
    labels: names,
  };
}

/** The vertical extent of a turn on screen (getBoundingClientRect's top and bottom). */
export interface TurnBox {
  readonly top: number;
  readonly bottom: number;
}

/**
 * The first turn the reader can see in the pane spanning `viewTop`–`viewBottom`: keyboard
 * selection starts there rather than at the top of a document scrolled far away. A turn
 * showing less than `margin` pixels at the top edge counts as scrolled past.
 */
export function firstTurnInView(
  boxes: readonly TurnBox[],
  viewTop: number,
  viewBottom: number,
  margin = 4,
): number {
  const index = boxes.findIndex((box) => box.bottom > viewTop + margin && box.top < viewBottom);
  return Math.max(0, index);
}

/**
 * The first turn in view (as firstTurnInView) and how much of it, from 0 to below 1, is
 * scrolled above the view's top: a reading place that survives other widths, unlike pixels.
 */
export function placeInView(
  boxes: readonly TurnBox[],
  viewTop: number,
  viewBottom: number,
): { readonly index: number; readonly fraction: number } {
  const index = firstTurnInView(boxes, viewTop, viewBottom);
  const box = boxes[index];
  const height = box ? box.bottom - box.top : 0;
  const fraction = box && height > 0 ? Math.min(0.99, Math.max(0, (viewTop - box.top) / height)) : 0;
  return { index, fraction };
}

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

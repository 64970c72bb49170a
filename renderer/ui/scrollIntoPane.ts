/** The part of a scrolling pane an element needs: its box and how far it is scrolled. */
export interface ScrollPane {
  scrollTop: number;
  getBoundingClientRect(): { readonly top: number; readonly bottom: number };
}

/** Space kept between a target brought into view and the pane's edge. */
const MARGIN = 24;

/**
 * Scrolls only `pane` so that the vertical extent [top, bottom] (on-screen, as client rects
 * give it) is visible: centred, or moved the least distance ('nearest'). Unlike
 * Element.scrollIntoView, which scrolls every scrollable ancestor up to the document (and
 * so can push the top bar and tabs out of the window), the application frame never moves.
 */
export function scrollIntoPane(
  pane: ScrollPane,
  target: { readonly top: number; readonly bottom: number },
  block: 'nearest' | 'center' = 'nearest',
): void {
  const box = pane.getBoundingClientRect();
  let delta = 0;
  if (block === 'center') {
    delta = (target.top + target.bottom) / 2 - (box.top + box.bottom) / 2;
  } else if (target.top < box.top + MARGIN) {
    delta = target.top - box.top - MARGIN;
  } else if (target.bottom > box.bottom - MARGIN) {
    // A target taller than the pane shows its top.
    delta = Math.min(target.bottom - box.bottom + MARGIN, target.top - box.top - MARGIN);
  }
  if (delta !== 0) pane.scrollTop += delta;
}

/** The nearest ancestor that scrolls vertically (a pane), or null. */
function scrollingPane(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight)
      return parent;
  }
  return null;
}

/** Brings `element`'s top to the top of its own pane (the app frame never moves). */
export function scrollToTopInPane(element: HTMLElement): void {
  const pane = scrollingPane(element);
  if (!pane) return;
  pane.scrollTop += element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
}

/** The nearest ancestor that scrolls vertically (a pane), or null. */
function scrollingPane(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight)
      return parent;
  }
  return null;
}

/**
 * Brings `element`'s top into view by scrolling its own pane only. `scrollIntoView` would
 * also scroll every ancestor, the app frame included, and hide the top bar and tabs.
 */
export function scrollToTopInPane(element: HTMLElement): void {
  const pane = scrollingPane(element);
  if (!pane) return;
  const offset = element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  pane.scrollTop += offset;
}

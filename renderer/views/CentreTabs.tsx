import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CENTRE_VIEWS, type CentreView } from './centreViews.ts';

export type { CentreView };

interface Props {
  readonly view: CentreView;
  readonly onView: (view: CentreView) => void;
}

/** Which ends of the tab list are scrolled out of sight. */
interface Overflow {
  readonly before: boolean;
  readonly after: boolean;
}

/** The view a key moves to from `index` (WAI-ARIA tabs: arrows wrap, Home and End), or null. */
function viewForKey(key: string, index: number): CentreView | null {
  const last = CENTRE_VIEWS.length - 1;
  const target =
    key === 'ArrowRight'
      ? (index + 1) % CENTRE_VIEWS.length
      : key === 'ArrowLeft'
        ? (index + last) % CENTRE_VIEWS.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : -1;
  return CENTRE_VIEWS[target] ?? null;
}

function overflowOf(list: HTMLElement): Overflow {
  // One pixel of slack: scroll positions are fractional on zoomed displays.
  return {
    before: list.scrollLeft > 1,
    after: list.scrollLeft + list.clientWidth < list.scrollWidth - 1,
  };
}

/** The width of a scroll button (views.css), which covers the end of the list it sits on. */
const BUTTON_PX = 32;

/**
 * Scrolls the list, and only the list (not the page), so its selected tab is whole in sight
 * and clear of the scroll buttons.
 */
function revealSelected(list: HTMLElement): void {
  const tab = list.querySelector<HTMLElement>('[aria-selected=true]');
  if (!tab) return;
  // Page boxes rather than offsets: offsets are rounded, and a tab a pixel under a button
  // is a tab partly hidden.
  const shown = list.getBoundingClientRect();
  const box = tab.getBoundingClientRect();
  const hiddenBefore = shown.left + BUTTON_PX - box.left;
  const hiddenAfter = box.right + BUTTON_PX - shown.right;
  if (hiddenBefore > 0) list.scrollLeft -= Math.ceil(hiddenBefore);
  else if (hiddenAfter > 0) list.scrollLeft += Math.ceil(hiddenAfter);
}

/**
 * What the centre of the workspace shows: the transcript being coded, or one of the
 * analysis views. Eleven tabs do not fit a 1280 px window in French: the list scrolls
 * sideways, with a button at each end that has tabs beyond it, and the selected tab is
 * always scrolled into sight. Keyboard as a WAI-ARIA tab list: one tab stop, arrows, Home, End.
 */
export const CentreTabs = memo(function CentreTabs({ view, onView }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>({ before: false, after: false });

  const measure = useCallback((): void => {
    const element = list.current;
    if (!element) return;
    const next = overflowOf(element);
    setOverflow((old) => (old.before === next.before && old.after === next.after ? old : next));
  }, []);

  const reveal = useCallback((): void => {
    if (list.current) revealSelected(list.current);
    measure();
  }, [measure]);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    // The column's width changes with the view shown in it: keep the selected tab in sight.
    const observer = new ResizeObserver(reveal);
    observer.observe(element);
    return () => observer.disconnect();
  }, [reveal]);

  useLayoutEffect(reveal, [view, reveal]);

  const scroll = (direction: number): void => {
    const element = list.current;
    element?.scrollBy({ left: direction * element.clientWidth * 0.7, behavior: 'smooth' });
  };

  // Mouse affordances only: the keyboard reaches every tab with the arrows.
  const scrollButton = (direction: -1 | 1) => (
    <button
      type="button"
      tabIndex={-1}
      className={`centre-tabs__scroll centre-tabs__scroll--${direction < 0 ? 'before' : 'after'}`}
      aria-label={t(direction < 0 ? 'views.scrollBefore' : 'views.scrollAfter')}
      title={t(direction < 0 ? 'views.scrollBefore' : 'views.scrollAfter')}
      onClick={() => scroll(direction)}
    >
      {direction < 0 ? '‹' : '›'}
    </button>
  );

  return (
    <div className="centre-tabs">
      {/* Over the list's ends rather than beside them: showing one never resizes the list. */}
      {overflow.before && scrollButton(-1)}
      <div
        ref={list}
        className="tabs centre-tabs__list"
        role="tablist"
        aria-label={t('views.label')}
        onScroll={measure}
        onKeyDown={(event) => {
          const next = viewForKey(event.key, CENTRE_VIEWS.indexOf(view));
          if (!next) return;
          event.preventDefault();
          onView(next);
          document.getElementById(`centre-tab-${next}`)?.focus();
        }}
      >
        {CENTRE_VIEWS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`centre-tab-${id}`}
            aria-selected={view === id}
            tabIndex={view === id ? 0 : -1}
            className={`tabs__tab${view === id ? ' tabs__tab--active' : ''}`}
            onClick={() => onView(id)}
          >
            {t(`views.${id}`)}
          </button>
        ))}
      </div>
      {overflow.after && scrollButton(1)}
    </div>
  );
});

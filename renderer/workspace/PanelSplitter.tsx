import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PANEL_LIMITS, type PanelSide, type PanelState } from './panelLayout.ts';

/** One arrow press; with Shift, four. */
const STEP = 16;

interface Props {
  readonly side: PanelSide;
  readonly state: PanelState;
  /** The id of the panel it resizes (aria-controls). */
  readonly panelId: string;
  readonly onResize: (width: number) => void;
  readonly onToggle: () => void;
}

/**
 * The border between a side panel and the centre, as the WAI-ARIA window splitter: drag it,
 * or focus it and use ←/→ (Shift for larger steps), Home/End for the narrowest and widest,
 * Enter to hide or show the panel. A small button on it hides or shows the panel for the mouse.
 */
export const PanelSplitter = memo(function PanelSplitter({
  side,
  state,
  panelId,
  onResize,
  onToggle,
}: Props) {
  const { t } = useTranslation();
  const drag = useRef<{ x: number; width: number } | null>(null);
  // Moving the border right widens the left panel and narrows the right one.
  const towardsCentre = side === 'left' ? 1 : -1;
  const { min, max } = PANEL_LIMITS[side];
  const hidden = state.collapsed;

  const onKeyDown = (event: KeyboardEvent): void => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const width = hidden ? 0 : state.width;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const direction = event.key === 'ArrowRight' ? 1 : -1;
      onResize(Math.max(min, width + direction * towardsCentre * step));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      onResize(event.key === 'Home' ? min : max);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onToggle();
    }
  };

  const onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width: hidden ? min : state.width };
  };
  const onPointerMove = (event: PointerEvent): void => {
    if (drag.current) onResize(drag.current.width + (event.clientX - drag.current.x) * towardsCentre);
  };

  const label = side === 'left' ? 'layout.resizeLeft' : 'layout.resizeRight';
  const toggle =
    side === 'left'
      ? hidden
        ? 'layout.showLeft'
        : 'layout.hideLeft'
      : hidden
        ? 'layout.showRight'
        : 'layout.hideRight';
  // The chevron points where the panel goes: out when hiding it, back in when showing it.
  const pointsLeft = (side === 'left') !== hidden;
  return (
    <div className={`splitter splitter--${side}${hidden ? ' splitter--collapsed' : ''}`}>
      <div
        className="splitter__bar"
        role="separator"
        tabIndex={0}
        aria-orientation="vertical"
        aria-label={t(label)}
        aria-description={t('layout.splitterHint')}
        aria-controls={panelId}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={hidden ? 0 : state.width}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onDoubleClick={onToggle}
      />
      <button
        type="button"
        className="splitter__toggle"
        aria-label={t(toggle)}
        title={t(toggle)}
        aria-expanded={!hidden}
        aria-controls={panelId}
        onClick={onToggle}
      >
        <span aria-hidden="true">{pointsLeft ? '‹' : '›'}</span>
      </button>
    </div>
  );
});

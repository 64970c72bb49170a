import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import {
  loadPanelLayout,
  resizePanel,
  savePanelLayout,
  togglePanel,
  type PanelLayout,
  type PanelSide,
} from './panelLayout.ts';

/**
 * The side panels' arrangement, remembered in localStorage, and the grid's column widths
 * for it (custom properties read by workspace.css).
 */
export function usePanelLayout(): {
  readonly layout: PanelLayout;
  readonly style: CSSProperties;
  resize(side: PanelSide, width: number): void;
  toggle(side: PanelSide): void;
} {
  const [layout, setLayout] = useState(() => loadPanelLayout(localStorage));
  useEffect(() => savePanelLayout(localStorage, layout), [layout]);
  const style = useMemo(() => {
    const width = (side: PanelSide): string => (layout[side].collapsed ? '0px' : `${layout[side].width}px`);
    return { '--left-width': width('left'), '--right-width': width('right') } as CSSProperties;
  }, [layout]);
  // Stable, so that the memoised splitters do not re-render with every workspace render.
  const resize = useCallback(
    (side: PanelSide, value: number) => setLayout((current) => resizePanel(current, side, value)),
    [],
  );
  const toggle = useCallback((side: PanelSide) => setLayout((current) => togglePanel(current, side)), []);
  return { layout, style, resize, toggle };
}

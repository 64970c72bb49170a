import { useEffect, useState, type CSSProperties } from 'react';
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
  const width = (side: PanelSide): string => (layout[side].collapsed ? '0px' : `${layout[side].width}px`);
  return {
    layout,
    style: { '--left-width': width('left'), '--right-width': width('right') } as CSSProperties,
    resize: (side, value) => setLayout((current) => resizePanel(current, side, value)),
    toggle: (side) => setLayout((current) => togglePanel(current, side)),
  };
}

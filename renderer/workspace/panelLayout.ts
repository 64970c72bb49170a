/**
 * The side panels' widths and whether they are collapsed, remembered on this computer
 * (not per project: it is how this screen is arranged, not part of the study).
 */
export type PanelSide = 'left' | 'right';

export interface PanelState {
  readonly width: number;
  readonly collapsed: boolean;
}

export type PanelLayout = Readonly<Record<PanelSide, PanelState>>;

/** Narrow enough to leave the text a readable measure at 1280×720, wide enough for code names. */
export const PANEL_LIMITS: Readonly<Record<PanelSide, { min: number; max: number; initial: number }>> = {
  left: { min: 200, max: 480, initial: 250 },
  right: { min: 240, max: 560, initial: 320 },
};

const KEY = 'verbatim.panels';

function clampWidth(side: PanelSide, width: number): number {
  const { min, max } = PANEL_LIMITS[side];
  return Math.round(Math.max(min, Math.min(max, width)));
}

function initial(side: PanelSide): PanelState {
  return { width: PANEL_LIMITS[side].initial, collapsed: false };
}

function readState(side: PanelSide, value: unknown): PanelState {
  if (typeof value !== 'object' || value === null) return initial(side);
  const { width, collapsed } = value as Record<string, unknown>;
  return {
    width:
      typeof width === 'number' && Number.isFinite(width)
        ? clampWidth(side, width)
        : PANEL_LIMITS[side].initial,
    collapsed: collapsed === true,
  };
}

export function loadPanelLayout(storage: Pick<Storage, 'getItem'>): PanelLayout {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? '{}') as Record<string, unknown> | null;
    return { left: readState('left', value?.left), right: readState('right', value?.right) };
  } catch {
    // A damaged entry only loses the arrangement.
    return { left: initial('left'), right: initial('right') };
  }
}

export function savePanelLayout(storage: Pick<Storage, 'setItem'>, layout: PanelLayout): void {
  storage.setItem(KEY, JSON.stringify(layout));
}

/** A panel at a new width (kept within its limits), shown. */
export function resizePanel(layout: PanelLayout, side: PanelSide, width: number): PanelLayout {
  return { ...layout, [side]: { width: clampWidth(side, width), collapsed: false } };
}

/** A panel collapsed, or shown again at the width it had. */
export function togglePanel(layout: PanelLayout, side: PanelSide): PanelLayout {
  return { ...layout, [side]: { ...layout[side], collapsed: !layout[side].collapsed } };
}

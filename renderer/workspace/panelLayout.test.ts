import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage.ts';
import { PANEL_LIMITS, loadPanelLayout, resizePanel, savePanelLayout, togglePanel } from './panelLayout.ts';

describe('panel layout', () => {
  it('starts with both panels shown at their initial widths', () => {
    const layout = loadPanelLayout(memoryStorage());
    expect(layout.left).toEqual({ width: PANEL_LIMITS.left.initial, collapsed: false });
    expect(layout.right).toEqual({ width: PANEL_LIMITS.right.initial, collapsed: false });
  });

  it('keeps widths within limits and shows a panel being resized', () => {
    const collapsed = togglePanel(loadPanelLayout(memoryStorage()), 'left');
    expect(collapsed.left.collapsed).toBe(true);
    expect(resizePanel(collapsed, 'left', 5000).left).toEqual({
      width: PANEL_LIMITS.left.max,
      collapsed: false,
    });
    expect(resizePanel(collapsed, 'right', 10).right.width).toBe(PANEL_LIMITS.right.min);
  });

  it('shows a collapsed panel again at the width it had', () => {
    const resized = resizePanel(loadPanelLayout(memoryStorage()), 'right', 400);
    expect(togglePanel(togglePanel(resized, 'right'), 'right').right).toEqual({
      width: 400,
      collapsed: false,
    });
  });

  it('remembers the layout, and survives a damaged entry', () => {
    const storage = memoryStorage();
    savePanelLayout(storage, togglePanel(resizePanel(loadPanelLayout(storage), 'left', 320), 'left'));
    expect(loadPanelLayout(storage).left).toEqual({ width: 320, collapsed: true });
    const damaged = memoryStorage({ 'verbatim.panels': '{"left": {"width": "wide"}, "right": 3' });
    expect(loadPanelLayout(damaged).right.width).toBe(PANEL_LIMITS.right.initial);
    const odd = memoryStorage({ 'verbatim.panels': '{"left": {"width": "wide", "collapsed": 1}}' });
    expect(loadPanelLayout(odd).left).toEqual({ width: PANEL_LIMITS.left.initial, collapsed: false });
  });
});

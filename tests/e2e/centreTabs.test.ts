import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CENTRE_VIEWS } from '../../renderer/views/centreViews.ts';
import { TopBar } from './pages/TopBar.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { seedProject } from './support/seed.ts';

/**
 * Issue #18: eleven centre tabs overflow a 1280 px window in French. Every tab must stay
 * reachable (keyboard and mouse), on one line, and in sight once selected.
 */

let app: E2eApp;

beforeAll(async () => {
  app = await startApp('centre-tabs', { locale: 'fr-FR' });
  await seedProject(app);
  await app.page.goto(app.server.url);
  await app.page.locator('#centre-tab-transcript[aria-selected=true]').waitFor();
});

afterAll(async () => {
  await app?.close();
});

/** The tab's box and the part of the tab list in sight (not under a scroll button), in page pixels. */
async function boxes(id: string) {
  return app.page.locator(`#centre-tab-${id}`).evaluate((tab) => {
    const list = tab.closest('[role=tablist]');
    const own = tab.getBoundingClientRect();
    const shown = list?.getBoundingClientRect() ?? new DOMRect();
    const edge = (side: string): DOMRect | undefined =>
      document.querySelector(`.centre-tabs__scroll--${side}`)?.getBoundingClientRect();
    return {
      tab: { left: own.left, right: own.right, top: own.top },
      list: {
        left: edge('before')?.right ?? shown.left,
        right: edge('after')?.left ?? shown.right,
        height: shown.height,
      },
      tabHeight: own.height,
      viewport: window.innerWidth,
    };
  });
}

async function expectInSight(id: string): Promise<void> {
  await app.page.locator(`#centre-tab-${id}[aria-selected=true]`).waitFor();
  // The list scrolls smoothly to the tab: wait until it is inside, then check the numbers.
  await expect
    .poll(async () => {
      const { tab, list } = await boxes(id);
      return { id, inSight: tab.left >= list.left - 1 && tab.right <= list.right + 1, tab, list };
    })
    .toMatchObject({ inSight: true });
  const { tab, list, tabHeight, viewport } = await boxes(id);
  expect(tab.left).toBeGreaterThanOrEqual(list.left - 1);
  expect(tab.right).toBeLessThanOrEqual(list.right + 1);
  expect(list.right).toBeLessThanOrEqual(viewport);
  // One line of tabs: the list is no taller than a tab and its scroll bar.
  expect(list.height).toBeLessThan(tabHeight * 1.6);
}

describe('the centre tab bar at 1280×720 in French', () => {
  it('keeps every tab on one line, and the arrows, Home and End reach each one in sight', async () => {
    await app.page.setViewportSize({ width: 1280, height: 720 });
    const tops = await app.page
      .locator('[role=tablist] [role=tab][id^=centre-tab-]')
      .evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
    expect(tops).toHaveLength(CENTRE_VIEWS.length);
    expect(new Set(tops).size).toBe(1);
    // At the start, a visible button says there are tabs beyond the right end.
    await expect(app.page.locator('.centre-tabs__scroll--after').isVisible()).resolves.toBe(true);
    await app.screenshot('centre-tabs-1280-fr-start');

    await app.page.locator('#centre-tab-transcript').focus();
    for (const id of CENTRE_VIEWS.slice(1)) {
      await app.page.keyboard.press('ArrowRight');
      await expectInSight(id);
      await expect(app.page.evaluate(() => document.activeElement?.id)).resolves.toBe(`centre-tab-${id}`);
    }
    await app.screenshot('centre-tabs-1280-fr-end');
    await app.page.keyboard.press('Home');
    await expectInSight('transcript');
    await app.page.keyboard.press('End');
    await expectInSight('summaryGrid');
    // At the end, nothing is beyond: only the button back to the first tabs is shown.
    await app.page.locator('.centre-tabs__scroll--after').waitFor({ state: 'detached' });
    await expect(app.page.locator('.centre-tabs__scroll--before').isVisible()).resolves.toBe(true);
    await app.page.keyboard.press('ArrowLeft');
    await expectInSight('comparison');
  });

  it('lets the mouse scroll to the hidden tabs and select them', async () => {
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await app.page.locator('#centre-tab-transcript').click();
    await expectInSight('transcript');
    await app.page.locator('.centre-tabs__scroll--after').click();
    await app.page.locator('.centre-tabs__scroll--before').waitFor();
    await app.page.locator('#centre-tab-summaryGrid').click();
    await expectInSight('summaryGrid');
  });

  it('fits at 1440×900 too', async () => {
    await app.page.setViewportSize({ width: 1440, height: 900 });
    for (const id of ['transcript', 'summaryGrid']) {
      await app.page.locator(`#centre-tab-${id}`).click();
      await expectInSight(id);
    }
    await app.screenshot('centre-tabs-1440-fr');
  });

  it('works the same in English at 1440×900 and 1280×720', async () => {
    await new TopBar(app.page).switchLanguage('en');
    await app.page.locator('#centre-tab-transcript', { hasText: 'Transcript' }).waitFor();
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await app.page.setViewportSize(size);
      for (const id of ['transcript', 'summaryGrid', 'words']) {
        await app.page.locator(`#centre-tab-${id}`).focus();
        await app.page.keyboard.press(id === 'summaryGrid' ? 'End' : 'Home');
        if (id === 'words') for (let step = 0; step < 7; step++) await app.page.keyboard.press('ArrowRight');
        await expectInSight(id);
      }
    }
    await app.screenshot('centre-tabs-1280-en');
    expect(app.pageErrors).toEqual([]);
  });
});

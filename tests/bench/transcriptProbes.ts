import type { Page } from 'playwright-core';

/** A coding as the bench knows it: its id and canonical range. */
export interface ProbeCoding {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

/** What the page must show for a step to count as done, checked at every animation frame. */
export type ProbeGoal =
  /** The transcript shows its first turn with text. */
  | { readonly kind: 'firstText' }
  /** Every coding overlapping the turns in view has its highlight and its stripe. */
  | {
      readonly kind: 'visibleCodings';
      readonly codings: readonly ProbeCoding[];
      readonly turns: readonly { readonly ordinal: number; readonly start: number; readonly end: number }[];
    }
  /** The code's highlight shows exactly these quotes, and the code has `stripes` stripes. */
  | {
      readonly kind: 'codeQuotes';
      readonly highlight: string;
      readonly code: string;
      readonly quotes: readonly string[];
      readonly stripes: number;
    };

interface ProbeWindow {
  verbatimProbe?: Promise<number>;
  /** When the last armed timer saw its goal (performance.now()). */
  verbatimShownAt?: number;
}

/**
 * Arms a timer in the page: milliseconds from the next `trigger` event (keydown of Enter,
 * click) to the first animation frame where `goal` holds, timed inside the page so the
 * figures do not include the test driver's round trips. Arm, act, then await the result.
 */
export async function armTimer(
  page: Page,
  trigger: 'Enter' | 'click',
  goal: ProbeGoal,
): Promise<() => Promise<number>> {
  // The page's CSP forbids eval: pass functions, not strings. tsx keeps the names of the
  // inner functions with an `__name` helper that the page lacks: give it one.
  await page.evaluate(() => {
    (window as { __name?: (value: unknown) => unknown }).__name = (value) => value;
  });
  await page.evaluate(
    ({ trigger, goal }) => {
      (window as ProbeWindow).verbatimProbe = new Promise<number>((resolve, reject) => {
        let startedAt = 0;
        const arm = (event: Event): void => {
          if (trigger === 'Enter' && (event as KeyboardEvent).key !== 'Enter') return;
          if (startedAt === 0) startedAt = performance.now();
        };
        window.addEventListener(trigger === 'Enter' ? 'keydown' : 'click', arm, { capture: true });
        const holds = (): boolean => {
          if (goal.kind === 'firstText') {
            return (document.querySelector('.transcript__text .segment')?.textContent ?? '').length > 0;
          }
          if (goal.kind === 'codeQuotes') {
            const highlight = CSS.highlights.get(goal.highlight);
            const quotes = highlight ? [...highlight].map((range) => range.toString()).sort() : [];
            return (
              JSON.stringify(quotes) === JSON.stringify([...goal.quotes].sort()) &&
              document.querySelectorAll(`.transcript .stripe[data-code="${goal.code}"]`).length ===
                goal.stripes
            );
          }
          const scroller = document.querySelector('.transcript__scroll');
          if (!scroller) return false;
          const view = scroller.getBoundingClientRect();
          const spans = new Map(goal.turns.map((turn) => [turn.ordinal, turn]));
          let from = Infinity;
          let to = -Infinity;
          for (const element of document.querySelectorAll<HTMLElement>('.transcript__text [data-ordinal]')) {
            const box = element.getBoundingClientRect();
            if (box.bottom < view.top || box.top > view.bottom) continue;
            const span = spans.get(Number(element.dataset.ordinal));
            if (!span) continue;
            from = Math.min(from, span.start);
            to = Math.max(to, span.end);
          }
          if (from === Infinity) return false;
          const expected = goal.codings.filter((coding) => coding.start < to && from < coding.end);
          let painted = 0;
          for (const highlight of CSS.highlights.values()) painted += highlight.size;
          return (
            painted >= expected.length &&
            expected.every((coding) => document.querySelector(`.stripe[data-coding-id="${coding.id}"]`))
          );
        };
        const deadline = Date.now() + 120_000;
        const check = (): void => {
          if (startedAt > 0 && holds()) {
            window.removeEventListener(trigger === 'Enter' ? 'keydown' : 'click', arm, { capture: true });
            (window as ProbeWindow).verbatimShownAt = performance.now();
            resolve(performance.now() - startedAt);
          } else if (Date.now() > deadline) {
            reject(new Error(`the page never reached ${goal.kind}`));
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      });
    },
    { trigger, goal },
  );
  return () => page.evaluate(() => (window as ProbeWindow).verbatimProbe ?? Promise.resolve(Number.NaN));
}

/** Elements in the transcript pane (text, stripes, handles): what the browser lays out. */
export function transcriptElementCount(page: Page): Promise<{ text: number; pane: number }> {
  return page.evaluate(() => ({
    text: document.querySelectorAll('.transcript__text *').length,
    pane: document.querySelectorAll('.transcript *').length,
  }));
}

/**
 * How long the page's last call of `operation` took (request to answer) and how long the
 * page then took to show the change (answer to the frame the last timer stopped at).
 */
export async function callDuration(page: Page, operation: string): Promise<string> {
  const timing = await page.evaluate((path) => {
    const entry = performance
      .getEntriesByType('resource')
      .filter((candidate) => candidate.name.endsWith(path))
      .at(-1) as PerformanceResourceTiming | undefined;
    const shownAt = (window as ProbeWindow).verbatimShownAt;
    return entry
      ? { call: entry.duration, after: shownAt === undefined ? null : shownAt - entry.responseEnd }
      : null;
  }, `/api/${operation}`);
  if (!timing) return 'not seen';
  const after = timing.after === null ? '' : `, answer to repainted ${timing.after.toFixed(0)} ms`;
  return `${timing.call.toFixed(0)} ms${after}`;
}

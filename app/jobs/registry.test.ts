import { describe, expect, it } from 'vitest';
import { JobCancelled, JobRegistry, yieldToEventLoop } from './registry.ts';

describe('jobs', () => {
  it('reports progress while running and the result at the end', async () => {
    const jobs = new JobRegistry();
    const seen: number[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const id = jobs.start('count', async (control) => {
      for (let i = 1; i <= 3; i++) {
        control.progress(i, 3, `step ${i}`);
        await yieldToEventLoop();
        if (i === 2) await gate;
      }
      return 'finished';
    });
    await yieldToEventLoop();
    await yieldToEventLoop();
    const running = jobs.status(id);
    seen.push(running.done);
    expect(running).toMatchObject({ state: 'running', total: 3, current: 'step 2' });
    release();
    expect(await jobs.wait(id)).toMatchObject({ state: 'done', done: 3, result: 'finished', error: null });
    expect(seen).toEqual([2]);
  });

  it('lets the user cancel, and reports failures', async () => {
    const jobs = new JobRegistry();
    const id = jobs.start('endless', async (control) => {
      for (;;) {
        await yieldToEventLoop();
        if (control.cancelled) throw new JobCancelled();
      }
    });
    jobs.cancel(id);
    expect((await jobs.wait(id)).state).toBe('cancelled');
    const failing = jobs.start('broken', () => Promise.reject(new Error('disk full')));
    expect(await jobs.wait(failing)).toMatchObject({ state: 'failed', error: 'disk full' });
    expect(() => jobs.status('nope')).toThrow(/no job/u);
  });
});

import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { JobControl } from '../../app/jobs/registry.ts';
import { runInWorker } from '../../app/jobs/worker/runInWorker.ts';
import { fillLargeProject } from '../bench/largeProject.ts';
import type * as StartWorker from '../../app/jobs/worker/startWorker.ts';
import { ProjectSession } from '../../app/session.ts';
import { newSession } from '../../main/cli/backend.ts';
import { call, memoryRecent, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { ALICE, BASTIEN, blindFixture, MARKER, sessionAs } from './blindFixture.ts';
import { unzipText } from './refiFixture.ts';

// Every worker started, counted: the rest of the file runs them as ever.
const startedWorkers = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../app/jobs/worker/startWorker.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof StartWorker>();
  return {
    ...actual,
    startJobWorker: (data: unknown) => {
      startedWorkers.count += 1;
      return actual.startJobWorker(data);
    },
  };
});

/** A project large enough that exports go to a worker (app/jobs/worker/runInWorker.ts). */
async function largeSession(
  codings: number,
  session: ProjectSession = testSession(),
): Promise<ProjectSession> {
  await call(session, 'project/create', { path: join(makeTempDir('offthread'), 'grand.verbatim') });
  fillLargeProject(session.db(), { documents: 60, words: 1500, codes: 30, codings });
  return session;
}

/**
 * Calls a cheap operation again and again until `work` settles; returns the order in which
 * the cheap answers and the work's answer came. Ordering, not timing: an export run in the
 * thread that answers calls settles before any call made after it is answered.
 */
async function answersDuring(work: Promise<unknown>, cheap: () => Promise<unknown>): Promise<string[]> {
  const order: string[] = [];
  let settled = false;
  const done = work.then(() => {
    settled = true;
    order.push('work');
  });
  while (!settled) {
    // As a window polls: each call is a new task, so the thread may also read the worker's messages.
    await new Promise((resolve) => setImmediate(resolve));
    await cheap();
    if (!settled) order.push('cheap');
  }
  await done;
  return order;
}

// A slow machine may take long to export: the cases wait as long as it takes (no time is asserted).
describe('long work off the thread that answers calls', { timeout: 180_000 }, () => {
  it('answers other calls while a large .qdpx export runs', async () => {
    const session = await largeSession(5000);
    const order = await answersDuring(call(session, 'exchange/exportProject', {}), () =>
      call(session, 'codes/list', {}),
    );
    expect(order[0]).toBe('cheap');
    expect(order.at(-1)).toBe('work');
    session.close();
  });

  it('answers other calls while an excerpt export job runs', async () => {
    const session = await largeSession(5000);
    const input = { format: 'md' as const, language: 'fr' as const };
    const { jobId } = await call(session, 'exports/excerptsJob', input);
    const running: number[] = [];
    const order = await answersDuring(session.jobs.wait(jobId), async () => {
      const status = await call(session, 'jobs/status', { id: jobId });
      if (status.state === 'running') running.push(status.done);
    });
    expect(order[0]).toBe('cheap');
    expect(running.length).toBeGreaterThan(0);
    const status = await call(session, 'jobs/status', { id: jobId });
    expect(status.state).toBe('done');
    expect(status.done).toBe(5000);
    session.close();
  });

  it('runs a large export in the thread of a session that answers one call at a time (the CLI)', async () => {
    // The CLI's sessions are such; the web shell's (interactive) are not.
    expect(newSession().options.tasksInThread).toBe(true);
    expect(
      newSession(memoryRecent(), { appName: 'web', automaticBackups: true, interactive: true }).options,
    ).toMatchObject({ tasksInThread: false });
    const exportBoth = async (session: ProjectSession): Promise<number> => {
      const before = startedWorkers.count;
      const out = join(makeTempDir('offthread-file'), 'grand.qdpx');
      const written = await call(session, 'exchange/exportProjectToFile', { out });
      expect(written.bytes).toBeGreaterThan(0);
      session.close();
      return startedWorkers.count - before;
    };
    const oneCaller = new ProjectSession({
      recent: memoryRecent(),
      defaultCoder: 'tester',
      tasksInThread: true,
    });
    expect(await exportBoth(await largeSession(2500, oneCaller))).toBe(0);
    // The same export of a session that answers others meanwhile goes to a worker.
    expect(await exportBoth(await largeSession(2500))).toBe(1);
  });

  it('reports progress step by step from the worker', async () => {
    const session = await largeSession(2500);
    const seen: number[] = [];
    const control: JobControl = { progress: (done) => seen.push(done), cancelled: false };
    const file = await runInWorker('excerpts', { format: 'md' }, session, control);
    expect(file.fileName).toBe('grand-excerpts.md');
    expect(seen).toEqual([0, ...Array.from({ length: 25 }, (_, i) => (i + 1) * 100), 2500]);
    session.close();
  });

  it('reads in blind mode only what the coder may see', async () => {
    const fixture = await blindFixture();
    const alice = sessionAs(ALICE);
    await call(alice, 'project/open', { path: fixture.bothPath });
    const [documentId] = fixture.documentIds;
    // Enough of Alice's own codings for the export to go to a worker.
    await call(alice, 'codings/create', {
      items: Array.from({ length: 2000 }, (_, index) => ({
        documentId: documentId ?? 0,
        start: index % 50,
        end: (index % 50) + 1 + Math.floor(index / 50),
        codeId: fixture.codeIds.work,
      })),
    });
    const project = unzipText((await call(alice, 'exchange/exportProject', {})).content)['project.qde'] ?? '';
    expect(project).toContain('<Coding ');
    expect(project).not.toContain(MARKER);
    for (const guid of fixture.bastienGuids) expect(project).not.toContain(guid);
    expect(project).not.toContain(BASTIEN.name);
    alice.close();
  });
});

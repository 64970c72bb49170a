import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheLoads } from '../../app/analysis/dataCache.ts';
import { ProjectSession } from '../../app/session.ts';
import { newSession } from '../../main/cli/backend.ts';
import { createDesktopSession } from '../../main/electron/backendSession.ts';
import { fillLargeProject } from '../bench/largeProject.ts';
import { call, memoryRecent, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/**
 * Issue #15: the interactive shells read the analysis cache in the background after a
 * project is opened, so the first co-occurrence does not read 200,000 codings while the
 * researcher waits. The CLI does not (a command reads what it needs once).
 */
async function smallProject(): Promise<string> {
  const path = join(makeTempDir('warm-up'), 'p.verbatim');
  const session = testSession();
  await call(session, 'project/create', { path });
  fillLargeProject(session.db(), { documents: 4, words: 400, codes: 4, codings: 60 });
  session.close();
  return path;
}

function interactiveSession(): ProjectSession {
  return new ProjectSession({ recent: memoryRecent(), defaultCoder: 'tester', warmAnalysis: true });
}

describe('analysis cache warm-up after open', () => {
  it('reads the codings and segments once: the first co-occurrence calls reuse them', async () => {
    const path = await smallProject();
    const session = interactiveSession();
    await call(session, 'project/open', { path });
    await session.warmedUp();
    const db = session.db();
    expect([cacheLoads(db, 'codings'), cacheLoads(db, 'segmentBounds')]).toEqual([1, 1]);
    await call(session, 'analysis/cooccurrence', { scope: 'overlap' });
    await call(session, 'analysis/cooccurrence', { scope: 'segment' });
    expect([cacheLoads(db, 'codings'), cacheLoads(db, 'segmentBounds')]).toEqual([1, 1]);
    session.close();
  });

  it('builds the word index once: the first word count after open reuses it', async () => {
    const path = await smallProject();
    const session = interactiveSession();
    await call(session, 'project/open', { path });
    await session.warmedUp();
    const db = session.db();
    expect(cacheLoads(db, 'wordIndex')).toBe(1);
    await call(session, 'words/frequencies', { limit: 50 });
    await call(session, 'words/frequencies', { by: 'document', limit: 50 });
    expect(cacheLoads(db, 'wordIndex')).toBe(1);
    session.close();
  });

  it('is cancelled by closing: nothing is read from a closed project', async () => {
    const path = await smallProject();
    const session = interactiveSession();
    await call(session, 'project/open', { path });
    const db = session.db();
    session.close();
    await session.warmedUp();
    await new Promise((wait) => setTimeout(wait, 300));
    expect(cacheLoads(db, 'codings')).toBe(0);
  });

  it('is asked for by the desktop app and the web shell, not by CLI commands', () => {
    expect(
      createDesktopSession({ userData: makeTempDir('warm-up-user'), nativeBinding: null }).options
        .warmAnalysis,
    ).toBe(true);
    expect(
      newSession(memoryRecent(), { appName: 'web', automaticBackups: true, interactive: true }).options
        .warmAnalysis,
    ).toBe(true);
    expect(newSession().options.warmAnalysis).toBe(false);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';

const FIXTURE = join(repoRoot, 'tests/integration/fixtures/holdWriteLock.ts');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Starts another process that holds the project's write lock; resolves once it does. */
function holdWriteLock(path: string, release: string, holdMs?: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, path, release, String(holdMs ?? '')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('locked')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the lock holder exited (${code}) before locking`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.on('exit', () => resolve());
  });
}

async function projectWithDocument() {
  const session = testSession();
  const folder = makeTempDir('concurrent');
  const path = join(folder, 'p.verbatim');
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'a.txt', base64: Buffer.from('Une phrase sur le travail du soir.').toString('base64') }],
  });
  return { session, folder, path, documentId: report.imported[0]?.id ?? 0 };
}

describe('two processes writing to one project', () => {
  it('waits for the other process to commit instead of failing with "database is locked"', async () => {
    const { session, folder, path, documentId } = await projectWithDocument();
    // The holder commits on its own after a second; the busy timeout (5 s) is far longer.
    const child = await holdWriteLock(path, join(folder, 'never'), 1000);
    // codings/create reads (the document) before it writes: a deferred transaction would
    // start as a reader and fail at once when upgrading; an immediate one waits its turn.
    const created = await call(session, 'codings/create', {
      items: [{ documentId, start: 0, end: 10, codeName: 'travail' }],
    });
    expect(created).toHaveLength(1);
    await exited(child);
    const codes = await call(session, 'codes/list', {});
    expect(codes.map((code) => code.name).sort()).toEqual(['held by the child', 'travail']);
    session.close();
  });

  it('says in plain words which program holds a project that stays busy', async () => {
    const { session, folder, path, documentId } = await projectWithDocument();
    const release = join(folder, 'release');
    const child = await holdWriteLock(path, release);
    const error = await callError(session, 'codings/create', {
      items: [{ documentId, start: 0, end: 10, codeName: 'travail' }],
    });
    writeFileSync(release, '');
    await exited(child);
    expect(error.code).toBe('BUSY');
    expect(error.message).toContain('The project is busy');
    expect(error.message).toContain('Verbatim test holder');
    expect(error.message).toContain(`process ${child.pid}`);
    expect(error.message).not.toMatch(/database is locked|SQLITE/u);
    // Nothing of the refused call was stored, and the project works once the holder is gone.
    expect(await call(session, 'codings/ofDocument', { documentId })).toEqual([]);
    const retried = await call(session, 'codings/create', {
      items: [{ documentId, start: 0, end: 10, codeName: 'travail' }],
    });
    expect(retried).toHaveLength(1);
    session.close();
  });

  it('does not count as a holder the note copied with a file this process holds', async () => {
    const { session, folder, path } = await projectWithDocument();
    session.db().pragma('wal_checkpoint(TRUNCATE)');
    const copy = join(folder, 'copy.verbatim');
    copyFileSync(path, copy);
    const other = testSession();
    await call(other, 'project/open', { path: copy });
    expect(other.guard().others()).toEqual([]);
    // The original, opened twice by this process, is held by the other session.
    const twice = testSession();
    await call(twice, 'project/open', { path });
    expect(twice.guard().others()).toHaveLength(1);
    for (const each of [other, twice, session]) each.close();
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

async function project(): Promise<ProjectSession> {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('undo-changed'), 'p.verbatim') });
  return session;
}

/** What a team pull does: it writes a colleague's change into the row, with no history event. */
function renameOutsideHistory(session: ProjectSession, id: number, name: string): void {
  session.db().prepare('UPDATE codes SET name = ? WHERE id = ?').run(name, id);
}

const nameOf = async (session: ProjectSession, id: number): Promise<string | undefined> =>
  (await call(session, 'codes/list', {})).find((code) => code.id === id)?.name;

describe('undo and redo over a row changed outside the history', () => {
  it('refuse to undo a rename over a later rename, and change nothing', async () => {
    const session = await project();
    const code = await call(session, 'codes/create', { name: 'travail' });
    await call(session, 'codes/update', { id: code.id, name: 'emploi' });
    renameOutsideHistory(session, code.id, 'métier');

    const error = await callError(session, 'history/undo', {});
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'undoChangedSince' });
    expect(error.message).toMatch(/changed since by a team sync/u);
    expect(await nameOf(session, code.id)).toBe('métier');
    // The refused event is set aside; the creation before it is no longer as it left the
    // code either, so undoing it (deleting the code) is refused too.
    const history = await call(session, 'history/list', {});
    expect(history.map((entry) => entry.state)).toEqual(['discarded', 'done']);
    expect((await callError(session, 'history/undo', {})).key).toBe('undoChangedSince');
    expect(await nameOf(session, code.id)).toBe('métier');
  });

  it('refuse to redo a rename over a later rename', async () => {
    const session = await project();
    const code = await call(session, 'codes/create', { name: 'travail' });
    await call(session, 'codes/update', { id: code.id, name: 'emploi' });
    await call(session, 'history/undo', {});
    renameOutsideHistory(session, code.id, 'métier');

    expect(await callError(session, 'history/redo', {})).toMatchObject({
      code: 'CONFLICT',
      key: 'redoChangedSince',
    });
    expect(await nameOf(session, code.id)).toBe('métier');
  });

  it('still undo and redo when the row is as the event left it', async () => {
    const session = await project();
    const code = await call(session, 'codes/create', { name: 'travail' });
    await call(session, 'codes/update', { id: code.id, name: 'emploi' });
    // Written outside the history but to the very state the event left: nothing to protect.
    renameOutsideHistory(session, code.id, 'emploi');
    await call(session, 'history/undo', {});
    expect(await nameOf(session, code.id)).toBe('travail');
    await call(session, 'history/redo', {});
    expect(await nameOf(session, code.id)).toBe('emploi');
  });

  it('still undo a case whose links gained a column from a later migration', async () => {
    const session = await project();
    const report = await call(session, 'documents/importFiles', {
      files: [{ name: 'a.txt', base64: Buffer.from('Marie : Le soir.').toString('base64') }],
    });
    await call(session, 'cases/create', { name: 'Marie', documentIds: [report.imported[0]?.id ?? 0] });
    // The case's event holds its links as read then; a new column is not a change by anyone.
    session.db().exec("ALTER TABLE case_documents ADD COLUMN note TEXT DEFAULT 'n'");
    await call(session, 'history/undo', {});
    expect((await call(session, 'cases/list', {})).cases).toEqual([]);
  });
});

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const TEXT =
  'Enquêteur : Et le soir ?\nMarie : Je travaille pour la plateforme après les enfants.\nEnquêteur : Seule ?\nMarie : Toujours seule.';

async function setup(): Promise<{ session: ProjectSession; path: string; documentId: number }> {
  const session = testSession();
  const path = join(makeTempDir('history'), 'h.verbatim');
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'm.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  return { session, path, documentId: report.imported[0]?.id ?? 0 };
}

/** Everything undo must restore, rows and ids included. */
function snapshot(path: string): unknown {
  const db = new Database(path, { readonly: true });
  const state = {
    codes: db.prepare('SELECT * FROM codes ORDER BY id').all(),
    codings: db.prepare('SELECT * FROM codings ORDER BY id').all(),
  };
  db.close();
  return state;
}

describe('undo and redo', () => {
  it('undoes and redoes codings, code edits and a code deletion exactly', async () => {
    const { session, path, documentId } = await setup();
    const empty = snapshot(path);
    const parent = await call(session, 'codes/create', { name: 'travail' });
    await call(session, 'codes/create', { name: 'soir', parentId: parent.id });
    await call(session, 'codings/create', {
      items: [
        { documentId, start: 0, end: 10, codeName: 'soir' },
        { documentId, start: 5, end: 20, codeName: 'travail' },
        { documentId, start: 12, end: 30, codeName: 'isolation' },
      ],
    });
    await call(session, 'codes/update', { id: parent.id, name: 'work', color: '#112233' });
    const beforeDelete = snapshot(path);

    await call(session, 'codes/delete', { id: parent.id });
    expect((await call(session, 'codes/list', {})).map((code) => code.name)).toEqual(['isolation']);
    expect(await call(session, 'history/status', {})).toEqual({
      undo: 'Delete code «work»',
      redo: null,
      // What the interface translates: the phrase and its values.
      undoPhrase: { key: 'codeDelete', values: { name: 'work' } },
      redoPhrase: null,
    });

    const step = await call(session, 'history/undo', {});
    expect(step.done.summary).toBe('Delete code «work»');
    expect(snapshot(path)).toEqual(beforeDelete);

    await call(session, 'history/redo', {});
    expect((await call(session, 'codes/list', {})).map((code) => code.name)).toEqual(['isolation']);

    // Undo everything: back to the empty project, step by step.
    for (let i = 0; i < 5; i++) await call(session, 'history/undo', {});
    expect(snapshot(path)).toEqual(empty);
    expect((await callError(session, 'history/undo', {})).message).toMatch(/nothing to undo/u);
  });

  it('survives a restart', async () => {
    const { session, path, documentId } = await setup();
    await call(session, 'codings/create', { items: [{ documentId, start: 0, end: 4, codeName: 'opacity' }] });
    const coded = snapshot(path);
    session.close();

    const reopened = testSession();
    await call(reopened, 'project/open', { path });
    expect((await call(reopened, 'history/status', {})).undo).toBe('Code a passage with «opacity»');
    await call(reopened, 'history/undo', {});
    expect(await call(reopened, 'codings/ofDocument', { documentId })).toEqual([]);
    reopened.close();

    const again = testSession();
    await call(again, 'project/open', { path });
    expect((await call(again, 'history/status', {})).redo).toBe('Code a passage with «opacity»');
    await call(again, 'history/redo', {});
    expect(snapshot(path)).toEqual(coded);
  });

  it('forgets the redo stack when a new change is made, but lists it in the history', async () => {
    const { session, documentId } = await setup();
    await call(session, 'codings/create', { items: [{ documentId, start: 0, end: 4, codeName: 'a' }] });
    await call(session, 'history/undo', {});
    await call(session, 'codings/create', { items: [{ documentId, start: 5, end: 9, codeName: 'b' }] });
    expect((await call(session, 'history/status', {})).redo).toBeNull();
    const history = await call(session, 'history/list', {});
    expect(history.map((entry) => [entry.summary, entry.state])).toEqual([
      ['Code a passage with «b»', 'done'],
      ['Code a passage with «a»', 'discarded'],
    ]);
    expect(history[0]?.coder).toBe('tester');
  });

  it('undoes a document deletion, then the changes made to the document before it', async () => {
    const { session, documentId } = await setup();
    const [coding] = await call(session, 'codings/create', {
      items: [{ documentId, start: 0, end: 4, codeName: 'a' }],
    });
    await call(session, 'codings/delete', { id: coding?.id ?? 0 });
    const document = await call(session, 'documents/get', { id: documentId });
    await call(session, 'documents/delete', { id: documentId });
    expect((await call(session, 'history/undo', {})).done.summary).toBe('Delete document «m»');
    expect(await call(session, 'documents/get', { id: documentId })).toEqual(document);
    await call(session, 'history/undo', {});
    expect((await call(session, 'codings/ofDocument', { documentId })).map((row) => row.id)).toEqual([
      coding?.id,
    ]);
  });

  it('sets aside a change whose document is gone, with a clear message', async () => {
    const { session, path, documentId } = await setup();
    const [coding] = await call(session, 'codings/create', {
      items: [{ documentId, start: 0, end: 4, codeName: 'a' }],
    });
    await call(session, 'codings/delete', { id: coding?.id ?? 0 });
    // A deletion no event recorded: a file written by a version before deletions were undoable.
    const other = new Database(path);
    other.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    other.close();
    const error = await callError(session, 'history/undo', {});
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/cannot be undone any more/u);
    // The next undo goes past it.
    expect((await call(session, 'history/status', {})).undo).toBe('Code a passage with «a»');
  });

  it('renames a document, undoably, and refuses an empty or multi-line name', async () => {
    const { session, path, documentId } = await setup();
    const renamed = await call(session, 'documents/rename', { id: documentId, name: '  Entretien P3  ' });
    expect(renamed.name).toBe('Entretien P3');
    expect((await call(session, 'documents/list', {}))[0]?.name).toBe('Entretien P3');
    const [entry] = await call(session, 'history/list', { limit: 1 });
    expect(entry?.summary).toBe('Rename document «m» to «Entretien P3»');
    await call(session, 'history/undo', {});
    expect((await call(session, 'documents/get', { id: documentId })).name).toBe('m');
    await call(session, 'history/redo', {});
    expect((await call(session, 'documents/get', { id: documentId })).name).toBe('Entretien P3');
    // Only the name goes into the history, never the text.
    const db = new Database(path, { readonly: true });
    const changes = db.prepare("SELECT changes FROM events WHERE kind = 'document.rename'").pluck().get();
    db.close();
    expect(JSON.parse(String(changes))).toEqual([
      {
        table: 'documents',
        before: { id: documentId, name: 'm' },
        after: { id: documentId, name: 'Entretien P3' },
      },
    ]);
    for (const name of ['', '   ', 'deux\nlignes'])
      expect((await callError(session, 'documents/rename', { id: documentId, name })).code).toBe(
        'INVALID_INPUT',
      );
    expect((await callError(session, 'documents/rename', { id: 999, name: 'x' })).code).toBe('NOT_FOUND');
  });
});

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

// Long enough for 2,000 distinct ranges; an emoji puts a surrogate pair in the way.
const TEXT = `Enquêteur : Et le soir 🙃 ?\nMarie : ${'Je travaille pour la plateforme après les enfants. '.repeat(80)}`;

/** Everything undo must restore, rows and ids included. */
function snapshot(path: string): unknown {
  const db = new Database(path, { readonly: true });
  const state = {
    codes: db.prepare('SELECT * FROM codes ORDER BY id').all(),
    codings: db.prepare('SELECT * FROM codings ORDER BY id').all(),
    coders: db.prepare('SELECT id, name FROM coders ORDER BY id').all(),
  };
  db.close();
  return state;
}

function lastEventChanges(path: string): string {
  const db = new Database(path, { readonly: true });
  const changes = db.prepare('SELECT changes FROM events ORDER BY id DESC LIMIT 1').pluck().get() as string;
  db.close();
  return changes;
}

describe('a batch of codings', () => {
  it('is one compact history event that undo and redo replay exactly', async () => {
    const session = testSession();
    const path = join(makeTempDir('bulk-coding'), 'b.verbatim');
    await call(session, 'project/create', { path });
    const report = await call(session, 'documents/importFiles', {
      files: [{ name: 'm.txt', base64: Buffer.from(TEXT).toString('base64') }],
    });
    const documentId = report.imported[0]?.id ?? 0;
    const { text } = await call(session, 'documents/get', { id: documentId });
    await call(session, 'codings/create', { items: [{ documentId, start: 30, end: 40, codeName: 'soir' }] });
    const before = snapshot(path);

    const items = Array.from({ length: 2000 }, (_, i) => ({
      documentId,
      start: 30 + (i % 1000),
      end: 50 + (i % 1000),
      codeName: `code ${i % 7}`,
      ...(i % 3 === 0 ? { coder: 'bob' } : {}),
    }));
    // An item identical to a saved coding is that coding, not a second one.
    items.push({ documentId, start: 30, end: 40, codeName: 'soir' });
    const created = await call(session, 'codings/create', { items });
    expect(created).toHaveLength(2001);
    expect(created.at(-1)).toMatchObject({ start: 30, end: 40, quote: text.slice(30, 40) });
    expect(created[4]).toMatchObject({ documentId, start: 34, end: 54, quote: text.slice(34, 54) });
    expect(created[3]?.coder).toBe('bob');
    const after = snapshot(path);
    expect((after as { codings: unknown[] }).codings).toHaveLength(2001);

    // Id ranges, not 2,000 row snapshots (which took about 400 bytes each).
    const changes = lastEventChanges(path);
    expect(changes.length).toBeLessThan(1000);
    expect(JSON.parse(changes)).toEqual({
      bulk: {
        inserted: [
          expect.objectContaining({ table: 'codes' }),
          expect.objectContaining({ table: 'codings' }),
        ],
        updated: [],
      },
    });

    await call(session, 'history/undo', {});
    expect(snapshot(path)).toEqual({ ...(before as object), coders: (after as { coders: unknown }).coders });
    await call(session, 'history/redo', {});
    expect(snapshot(path)).toEqual(after);
    await call(session, 'history/undo', {});
    expect((snapshot(path) as { codings: unknown }).codings).toEqual(
      (before as { codings: unknown }).codings,
    );
    session.close();
  });

  it('names the first bad item in item order, whatever the order of its documents', async () => {
    const session = testSession();
    const path = join(makeTempDir('bulk-coding'), 'e.verbatim');
    await call(session, 'project/create', { path });
    const report = await call(session, 'documents/importFiles', {
      files: ['a', 'b'].map((name) => ({
        name: `${name}.txt`,
        base64: Buffer.from(`${name} ${TEXT}`).toString('base64'),
      })),
    });
    const [first, second] = report.imported.map((document) => document.id);
    const good = { start: 0, end: 5, codeName: 'soir' };
    const bad = { start: 0, end: 999999, codeName: 'soir' };
    const before = snapshot(path);
    const error = await callError(session, 'codings/create', {
      items: [
        { documentId: first ?? 0, ...good },
        { documentId: second ?? 0, ...bad },
        { documentId: 999, ...good },
        { documentId: first ?? 0, ...bad },
      ],
    });
    expect(error.message).toMatch(/^Item 2: The range \[0, 999999\) is outside the document/u);
    const missing = await callError(session, 'codings/create', {
      items: [
        { documentId: second ?? 0, ...good },
        { documentId: 999, ...good },
        { documentId: first ?? 0, ...bad },
      ],
    });
    expect(missing.message).toBe('Item 2: There is no document with id 999 in this project.');
    expect(snapshot(path)).toEqual(before);
    session.close();
  });
});

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const TEXT =
  'Q: Vous travaillez seule ?\nR: Oui, seule, tard le soir, pour une plateforme opaque.\nQ: Et la paie ?\nR: On ne sait jamais comment elle est calculée.';

let session: ProjectSession;
let path: string;
let documentId: number;
let text: string;

function rows(): unknown {
  const db = new Database(path, { readonly: true });
  const state = {
    codes: db.prepare('SELECT * FROM codes ORDER BY id').all(),
    codings: db.prepare('SELECT * FROM codings ORDER BY id').all(),
    memos: db.prepare('SELECT * FROM memos ORDER BY id').all(),
  };
  db.close();
  return state;
}

const range = (needle: string) => ({
  start: text.indexOf(needle),
  end: text.indexOf(needle) + needle.length,
});

beforeEach(async () => {
  session = testSession();
  path = join(makeTempDir('codebook'), 'c.verbatim');
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'i.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  documentId = report.imported[0]?.id ?? 0;
  text = (await call(session, 'documents/get', { id: documentId })).text;
});

describe('merging and splitting codes', () => {
  it('merges codings, collapses identical ranges, moves sub-codes and memos; undo restores every coding exactly', async () => {
    await call(session, 'codings/create', {
      items: [
        { documentId, ...range('seule, tard'), codeName: 'solitude' },
        { documentId, ...range('plateforme opaque'), codeName: 'solitude' },
        { documentId, ...range('seule, tard'), codeName: 'isolation' },
        { documentId, ...range('On ne sait jamais'), codeName: 'isolation' },
      ],
    });
    const codes = await call(session, 'codes/list', {});
    const solitude = codes.find((code) => code.name === 'solitude');
    const isolation = codes.find((code) => code.name === 'isolation');
    if (!solitude || !isolation) throw new Error('codes missing');
    await call(session, 'codes/create', { name: 'la nuit', parentId: solitude.id });
    await call(session, 'memos/save', {
      targetKind: 'code',
      targetId: solitude.id,
      title: 'Note',
      body: '{}',
      plainText: 'à revoir',
    });
    await call(session, 'codes/update', {
      id: solitude.id,
      exampleCodingId: (await call(session, 'codings/ofDocument', { documentId }))[0]?.id ?? null,
    });
    const before = rows();

    // The dialog's numbers come from the merge's own rule and change nothing.
    const preview = await call(session, 'codes/mergePreview', {
      sourceId: solitude.id,
      targetId: isolation.id,
    });
    expect(preview).toEqual({ movedCodings: 1, collapsedDuplicates: 1 });
    expect(rows()).toEqual(before);
    const report = await call(session, 'codes/merge', { sourceId: solitude.id, targetId: isolation.id });
    expect([report.movedCodings, report.collapsedDuplicates]).toEqual([1, 1]);
    expect(report.target.codingCount).toBe(3);
    const after = await call(session, 'codes/list', {});
    expect(after.map((code) => code.name).sort()).toEqual(['isolation', 'la nuit']);
    expect(after.find((code) => code.name === 'la nuit')?.parentId).toBe(isolation.id);
    expect(
      (await call(session, 'memos/list', { targetKind: 'code', targetId: isolation.id })).map(
        (memo) => memo.title,
      ),
    ).toEqual(['Note']);
    const quotes = (await call(session, 'codings/excerptsOfCode', { codeId: isolation.id }))
      .map((e) => e.quote)
      .sort();
    expect(quotes).toEqual(['On ne sait jamais', 'plateforme opaque', 'seule, tard']);

    await call(session, 'history/undo', {});
    expect(rows()).toEqual(before);
    await call(session, 'history/redo', {});
    expect((await call(session, 'codes/list', {})).some((code) => code.name === 'solitude')).toBe(false);
  });

  it('refuses to merge a code into itself or into its own sub-code', async () => {
    const parent = await call(session, 'codes/create', { name: 'a' });
    const child = await call(session, 'codes/create', { name: 'b', parentId: parent.id });
    expect((await callError(session, 'codes/merge', { sourceId: parent.id, targetId: parent.id })).code).toBe(
      'CONFLICT',
    );
    expect(
      (await callError(session, 'codes/merge', { sourceId: parent.id, targetId: child.id })).message,
    ).toMatch(/other way round/u);
    expect(
      (await callError(session, 'codes/mergePreview', { sourceId: parent.id, targetId: child.id })).message,
    ).toMatch(/other way round/u);
  });

  it('splits chosen codings into a new sibling code, undoable', async () => {
    const parent = await call(session, 'codes/create', { name: 'travail' });
    const code = await call(session, 'codes/create', { name: 'conditions', parentId: parent.id });
    const created = await call(session, 'codings/create', {
      items: [
        { documentId, ...range('tard le soir'), codeId: code.id },
        { documentId, ...range('comment elle est calculée'), codeId: code.id },
      ],
    });
    const paid = created[1]?.id ?? 0;
    const split = await call(session, 'codes/split', {
      codeId: code.id,
      codingIds: [paid],
      newName: 'rémunération',
    });
    expect([split.name, split.parentId, split.codingCount]).toEqual(['rémunération', parent.id, 1]);
    expect((await call(session, 'codes/list', {})).find((c) => c.id === code.id)?.codingCount).toBe(1);
    expect(
      (await callError(session, 'codes/split', { codeId: code.id, codingIds: [paid], newName: 'x' })).message,
    ).toMatch(/not codings of/u);
    await call(session, 'history/undo', {});
    expect((await call(session, 'codes/list', {})).map((c) => c.name).sort()).toEqual([
      'conditions',
      'travail',
    ]);
  });

  it('moves and reorders codes among siblings', async () => {
    const a = await call(session, 'codes/create', { name: 'a' });
    const b = await call(session, 'codes/create', { name: 'b' });
    const c = await call(session, 'codes/create', { name: 'c' });
    await call(session, 'codes/move', { id: c.id, parentId: null, index: 0 });
    const order = (await call(session, 'codes/list', {}))
      .filter((code) => code.parentId === null)
      .map((code) => code.name);
    expect(order).toEqual(['c', 'a', 'b']);
    await call(session, 'codes/move', { id: a.id, parentId: b.id, index: 0 });
    expect((await call(session, 'codes/list', {})).find((code) => code.id === a.id)?.parentId).toBe(b.id);
    expect((await callError(session, 'codes/move', { id: b.id, parentId: a.id, index: 0 })).code).toBe(
      'CONFLICT',
    );
  });

  it('archives a code and keeps definition, criteria and example', async () => {
    const code = await call(session, 'codes/create', { name: 'opacity' });
    const updated = await call(session, 'codes/update', {
      id: code.id,
      description: 'Not knowing how work is allocated or paid.',
      inclusion: 'Statements about unknown rules.',
      exclusion: 'Complaints about pay level alone.',
      archived: true,
    });
    expect(updated).toMatchObject({
      archived: true,
      inclusion: 'Statements about unknown rules.',
      exclusion: 'Complaints about pay level alone.',
    });
  });
});

describe('editing codings', () => {
  it('adjusts boundaries (quote follows), recodes and uncodes several, all undoable', async () => {
    const [first, second] = await call(session, 'codings/create', {
      items: [
        { documentId, ...range('seule, tard'), codeName: 'a' },
        { documentId, ...range('plateforme'), codeName: 'a' },
      ],
    });
    const widened = await call(session, 'codings/update', {
      id: first?.id ?? 0,
      ...range('seule, tard le soir'),
    });
    expect(widened.quote).toBe('seule, tard le soir');
    expect((await callError(session, 'codings/update', { id: first?.id ?? 0, start: 5, end: 5 })).code).toBe(
      'INVALID_INPUT',
    );
    const b = await call(session, 'codes/create', { name: 'b' });
    const recoded = await call(session, 'codings/recode', {
      codingIds: [first?.id ?? 0, second?.id ?? 0],
      codeId: b.id,
    });
    expect(recoded.every((coding) => coding.codeId === b.id)).toBe(true);
    await call(session, 'codings/deleteMany', { ids: [first?.id ?? 0, second?.id ?? 0] });
    expect(await call(session, 'codings/ofDocument', { documentId })).toEqual([]);
    await call(session, 'history/undo', {});
    await call(session, 'history/undo', {});
    await call(session, 'history/undo', {});
    expect(
      (await call(session, 'codings/ofDocument', { documentId })).map((coding) => coding.quote).sort(),
    ).toEqual(['plateforme', 'seule, tard le soir']);
  });

  it('gives the context around an excerpt within its turn, and filters excerpts by speaker', async () => {
    const [coding] = await call(session, 'codings/create', {
      items: [{ documentId, ...range('tard'), codeName: 'soir' }],
    });
    const context = await call(session, 'codings/context', { codingId: coding?.id ?? 0, chars: 10 });
    // About ten characters each side, cut between words, never inside one.
    expect(context).toEqual({
      codingId: coding?.id,
      before: 'seule, ',
      quote: 'tard',
      after: ' le soir,',
      cutBefore: true,
      cutAfter: true,
    });
    const codeId = coding?.codeId ?? 0;
    expect(await call(session, 'codings/excerptsOfCode', { codeId, speakers: ['Q'] })).toEqual([]);
    expect(await call(session, 'codings/excerptsOfCode', { codeId, speakers: ['R'] })).toHaveLength(1);
  });
});

describe('memos', () => {
  it('saves as you type into one undoable edit, lists with search, and deletes', async () => {
    const memo = await call(session, 'memos/save', {
      targetKind: 'project',
      targetId: null,
      title: 'Journal',
      body: '{"v":1}',
      plainText: 'Premier jet',
    });
    for (const plainText of ['Premier jet, suite', 'Premier jet, suite et fin']) {
      await call(session, 'memos/save', {
        id: memo.id,
        targetKind: 'project',
        targetId: null,
        title: 'Journal',
        body: `{"t":"${plainText}"}`,
        plainText,
      });
    }
    expect((await call(session, 'memos/get', { id: memo.id })).plainText).toBe('Premier jet, suite et fin');
    await call(session, 'memos/save', {
      targetKind: 'document',
      targetId: documentId,
      title: 'Entretien',
      body: '{}',
      plainText: 'Très riche sur la rémunération',
    });
    expect((await call(session, 'memos/list', { query: 'remuneration' })).map((m) => m.targetLabel)).toEqual([
      'i',
    ]);
    expect((await call(session, 'history/list', {})).map((entry) => entry.kind)).toEqual([
      'memo.create',
      'memo.edit',
      'memo.create',
    ]);
    await call(session, 'history/undo', {});
    await call(session, 'history/undo', {});
    expect((await call(session, 'memos/get', { id: memo.id })).plainText).toBe('Premier jet');
    await call(session, 'memos/delete', { id: memo.id });
    expect((await callError(session, 'memos/get', { id: memo.id })).code).toBe('NOT_FOUND');
    expect(
      (
        await callError(session, 'memos/save', {
          targetKind: 'code',
          targetId: 999,
          title: '',
          body: '{}',
          plainText: '',
        })
      ).code,
    ).toBe('NOT_FOUND');
  });
});

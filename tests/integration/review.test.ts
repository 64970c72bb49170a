import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../app/dispatch.ts';
import { CLI_CALLER } from '../../app/operationAccess.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

describe('codebook review', () => {
  it('freezes a version and lists later changes, exportable as a changelog', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('review'), 'r.verbatim') });
    const report = await call(session, 'documents/importFiles', {
      files: [{ name: 'd.txt', base64: Buffer.from('Q: a b c d e f g h\nR: i j k').toString('base64') }],
    });
    const documentId = report.imported[0]?.id ?? 0;
    const opacity = await call(session, 'codes/create', { name: 'opacity' });
    const solitude = await call(session, 'codes/create', { name: 'solitude' });
    const isolation = await call(session, 'codes/create', { name: 'isolation' });
    const version = await call(session, 'review/freeze', { name: 'v1 (pilot)' });
    expect(version).toMatchObject({ name: 'v1 (pilot)', codeCount: 3, createdBy: 'tester' });

    await call(session, 'codes/update', {
      id: opacity.id,
      name: 'algorithmic opacity',
      description: 'Not knowing the rules.',
    });
    await call(session, 'codes/merge', { sourceId: solitude.id, targetId: isolation.id });
    const coded = await call(session, 'codings/create', {
      items: [
        { documentId, start: 0, end: 3, codeId: isolation.id },
        { documentId, start: 4, end: 7, codeId: isolation.id },
      ],
    });
    await call(session, 'codes/split', {
      codeId: isolation.id,
      codingIds: [coded[1]?.id ?? 0],
      newName: 'loneliness',
    });
    await call(session, 'codes/create', { name: 'ethics' });

    expect(await call(session, 'review/changes', { versionId: version.id })).toEqual([
      { kind: 'renamed', code: 'algorithmic opacity', detail: 'opacity' },
      { kind: 'definition', code: 'algorithmic opacity', detail: '' },
      { kind: 'split', code: 'loneliness', detail: 'isolation' },
      { kind: 'added', code: 'ethics', detail: '' },
      { kind: 'merged', code: 'solitude', detail: 'isolation' },
    ]);
    const changelog = await call(session, 'review/changelog', {
      versionId: version.id,
      format: 'md',
      language: 'fr',
    });
    expect(changelog.content).toContain('- **solitude**: fusionné dans « isolation »');
  });

  it('takes proposals from coders and applies the accepted ones, keeping the decision', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('review'), 'p.verbatim') });
    const code = await call(session, 'codes/create', { name: 'ethics' });
    const definition = await call(session, 'review/propose', {
      payload: { kind: 'definition', codeId: code.id, description: 'Moral judgements about the platform.' },
      comment: 'Clearer for coding',
      author: 'bob',
    });
    const newCode = await call(session, 'review/propose', {
      payload: { kind: 'new-code', name: 'tips' },
      author: 'carol',
    });
    expect(definition).toMatchObject({ status: 'open', author: 'bob', comment: 'Clearer for coding' });

    const accepted = await call(session, 'review/decide', {
      id: definition.id,
      accept: true,
      comment: 'Agreed',
    });
    expect(accepted).toMatchObject({ status: 'accepted', decidedBy: 'tester', decisionComment: 'Agreed' });
    expect((await call(session, 'codes/list', {}))[0]?.description).toBe(
      'Moral judgements about the platform.',
    );
    await call(session, 'review/decide', { id: newCode.id, accept: false, comment: 'Too early' });
    expect((await call(session, 'codes/list', {})).map((c) => c.name)).toEqual(['ethics']);
    expect((await callError(session, 'review/decide', { id: newCode.id, accept: true })).message).toMatch(
      /already rejected/u,
    );
    expect((await call(session, 'review/proposals', {})).map((p) => p.status)).toEqual([
      'rejected',
      'accepted',
    ]);
    // The accepted change is in the history, undoable.
    expect((await call(session, 'history/status', {})).undo).toBe('Edit code «ethics»');
  });

  it('decides in one transaction: a failed decision applies nothing, a second one is refused', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('review'), 'once.verbatim') });
    const code = await call(session, 'codes/create', { name: 'ethics' });
    const rename = await call(session, 'review/propose', {
      payload: { kind: 'rename', codeId: code.id, name: 'morals' },
    });
    // The decision cannot be saved (as if the program stopped between applying and deciding).
    const db = session.db();
    db.exec(
      "CREATE TEMP TRIGGER refuse_decision BEFORE UPDATE ON proposals BEGIN SELECT RAISE(ABORT, 'disk gone'); END",
    );
    expect((await dispatch(session, 'review/decide', { id: rename.id, accept: true }, CLI_CALLER)).ok).toBe(
      false,
    );
    db.exec('DROP TRIGGER temp.refuse_decision');
    expect((await call(session, 'codes/list', {})).map((c) => c.name)).toEqual(['ethics']);
    expect((await call(session, 'history/status', {})).undo).toBe('Create code «ethics»');
    expect((await call(session, 'review/proposals', {})).map((p) => p.status)).toEqual(['open']);

    // Two decisions at once: the change is applied once, the second decision is refused.
    const definition = await call(session, 'review/propose', {
      payload: { kind: 'definition', codeId: code.id, description: 'Moral judgements.' },
    });
    const decide = (): ReturnType<typeof dispatch> =>
      dispatch(session, 'review/decide', { id: definition.id, accept: true }, CLI_CALLER);
    const results = await Promise.all([decide(), decide()]);
    expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
    const updates = (await call(session, 'history/list', {})).filter((e) => e.kind === 'code.update');
    expect(updates).toHaveLength(1);
  });
});

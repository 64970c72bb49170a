import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../support/requiredTool.ts';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { projectDump } from '../support/projectDump.ts';
import { REFI_SAMPLES, SHARED_REFI } from './refiFixture.ts';

const TEXT = 'Q: Et le soir ?\nR: Je travaille seule, tard, pour une plateforme opaque.';
const OTHER = 'Q: Et la paie ?\nR: On ne sait jamais, ça dépend des semaines.';

/** Every table but the history (tests/support/projectDump.ts). */
function dump(session: ProjectSession): Record<string, unknown[]> {
  return projectDump(session.db());
}

const base64 = (text: string) => Buffer.from(text).toString('base64');

async function leadAndColleague(): Promise<{ lead: ProjectSession; colleaguePath: string }> {
  const dir = makeTempDir('merge-history');
  const leadPath = join(dir, 'lead.verbatim');
  const colleaguePath = join(dir, 'colleague.verbatim');
  const lead = testSession();
  await call(lead, 'project/create', { path: leadPath });
  await call(lead, 'documents/importFiles', { files: [{ name: 'e1.txt', base64: base64(TEXT) }] });
  await call(lead, 'codes/create', { name: 'travail' });
  const age = await call(lead, 'attributes/create', { name: 'âge', type: 'text' });
  const respondent = await call(lead, 'cases/create', { name: 'R1' });
  await call(lead, 'cases/setValue', { caseId: respondent.id, attributeId: age.id, value: '34' });
  lead.close();
  copyFileSync(leadPath, colleaguePath);

  const colleague = testSession();
  await call(colleague, 'project/open', { path: colleaguePath });
  const [travail] = await call(colleague, 'codes/list', {});
  await call(colleague, 'codes/update', { id: travail?.id ?? 0, name: 'travail de nuit' });
  await call(colleague, 'cases/setValue', { caseId: respondent.id, attributeId: age.id, value: '35' });
  const imported = await call(colleague, 'documents/importFiles', {
    files: [{ name: 'e2.txt', base64: base64(OTHER) }],
  });
  const otherId = imported.imported[0]?.id ?? 0;
  // Rows of tables without an id column (links, values) are added too.
  const second = await call(colleague, 'cases/create', { name: 'R2', documentIds: [otherId] });
  await call(colleague, 'cases/setValue', { caseId: second.id, attributeId: age.id, value: '51' });
  await call(colleague, 'sets/create', { kind: 'document', name: 'nuit', memberIds: [otherId] });
  const otherText = (await call(colleague, 'documents/get', { id: otherId })).text;
  const at = otherText.indexOf('jamais');
  await call(colleague, 'codings/create', {
    items: [{ documentId: otherId, start: at, end: at + 6, codeName: 'rémunération', coder: 'bob' }],
  });
  await call(colleague, 'memos/save', {
    targetKind: 'project',
    targetId: null,
    title: 'Note',
    body: '{}',
    plainText: 'La paie revient souvent.',
  });
  colleague.close();
  await call(lead, 'project/open', { path: leadPath });
  return { lead, colleaguePath };
}

describe('merges and REFI-QDA imports in the history', () => {
  it('undoes a whole merge, added and changed rows alike, and redoes it', async () => {
    const { lead, colleaguePath } = await leadAndColleague();
    const before = dump(lead);
    const preview = await call(lead, 'project/mergePreview', { path: colleaguePath });
    const theirs = Object.fromEntries(preview.conflicts.map((conflict) => [conflict.key, 'theirs' as const]));
    expect(preview.conflicts.map((conflict) => conflict.kind).sort()).toEqual([
      'attribute-value',
      'code-name',
    ]);
    await call(lead, 'project/merge', { path: colleaguePath, resolutions: theirs });
    const after = dump(lead);
    for (const table of [
      'documents',
      'segments',
      'segments_fts',
      'codings',
      'memos',
      'cases',
      'case_documents',
    ])
      expect(after[table]?.length, table).toBeGreaterThan(before[table]?.length ?? 0);
    expect(after.attribute_values?.length).toBe(2);
    expect((await call(lead, 'codes/list', {})).map((code) => code.name).sort()).toEqual([
      'rémunération',
      'travail de nuit',
    ]);

    const status = await call(lead, 'history/status', {});
    expect(status.undoPhrase).toEqual({ key: 'projectMerge', values: { name: 'colleague.verbatim' } });
    expect(status.undo).toBe('Merge the project «colleague.verbatim»');

    await call(lead, 'history/undo', {});
    expect(dump(lead)).toEqual(before);
    await call(lead, 'history/redo', {});
    expect(dump(lead)).toEqual(after);
    // And again: redo left the event as it was while done, so it undoes the same way.
    await call(lead, 'history/undo', {});
    expect(dump(lead)).toEqual(before);
    expect(await call(lead, 'search/query', { query: 'jamais' })).toMatchObject({ total: 0 });
    await call(lead, 'history/redo', {});
    expect(await call(lead, 'search/query', { query: 'jamais' })).toMatchObject({ total: 1 });
  });

  it('refuses a redo whose rows were taken since, and loses nothing', async () => {
    const { lead, colleaguePath } = await leadAndColleague();
    await call(lead, 'project/merge', { path: colleaguePath });
    await call(lead, 'history/undo', {});
    // An import is not in the history: it takes the ids the undone merge had used.
    await call(lead, 'documents/importFiles', { files: [{ name: 'e3.txt', base64: base64(OTHER) }] });
    const before = dump(lead);
    expect((await callError(lead, 'history/redo', {})).code).toBe('CONFLICT');
    expect(dump(lead)).toEqual(before);
    expect((await call(lead, 'history/status', {})).redo).toBeNull();
  });

  it('keeps a merge event small: rowid ranges, not the rows, while it is done', async () => {
    const { lead, colleaguePath } = await leadAndColleague();
    await call(lead, 'project/merge', { path: colleaguePath });
    const { changes } = lead
      .db()
      .prepare("SELECT changes FROM events WHERE kind = 'project.merge'")
      .get() as {
      changes: string;
    };
    expect(changes).not.toContain('jamais');
    expect(JSON.parse(changes)).toMatchObject({ bulk: { inserted: expect.any(Array) } });
  });

  it('undoes and redoes the import of a real .qdpx file', async (context) => {
    requireTool(context, REFI_SAMPLES);
    const lead = testSession();
    await call(lead, 'project/create', { path: join(makeTempDir('qdpx-history'), 'p.verbatim') });
    await call(lead, 'documents/importFiles', { files: [{ name: 'e1.txt', base64: base64(TEXT) }] });
    await call(lead, 'codes/create', { name: 'travail' });
    const before = dump(lead);
    const name = 'nvivo-win-12.6_hu-comments_utf16-crlf.qdpx';
    const report = await call(lead, 'exchange/importProject', {
      name,
      base64: readFileSync(join(SHARED_REFI, 'samples', name)).toString('base64'),
    });
    expect(report.added.codings).toBeGreaterThan(0);
    const after = dump(lead);
    expect((await call(lead, 'history/status', {})).undoPhrase).toEqual({
      key: 'exchangeImport',
      values: { name },
    });
    await call(lead, 'history/undo', {});
    expect(dump(lead)).toEqual(before);
    await call(lead, 'history/redo', {});
    expect(dump(lead)).toEqual(after);
  });
});

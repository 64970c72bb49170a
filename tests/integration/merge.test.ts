import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';

const TEXT =
  'Q: Et le soir ?\nR: Je travaille seule, tard, pour une plateforme opaque.\nQ: Et la paie ?\nR: On ne sait jamais.';

function table(path: string): unknown {
  const db = new Database(path, { readonly: true });
  const state = {
    codes: db.prepare('SELECT guid, name, parent_id FROM codes ORDER BY guid').all(),
    codings: db
      .prepare(
        'SELECT k.guid, k.start, k.end, k.quote, r.name AS coder FROM codings k JOIN coders r ON r.id = k.coder_id ORDER BY k.guid',
      )
      .all(),
    documents: db.prepare('SELECT guid, name FROM documents ORDER BY guid').all(),
    memos: db.prepare('SELECT guid, plain_text FROM memos ORDER BY guid').all(),
  };
  db.close();
  return state;
}

/** The lead's project, handed to a second coder as a copy of the file. */
async function twoCopies(): Promise<{
  lead: ProjectSession;
  leadPath: string;
  coderPath: string;
  documentId: number;
  text: string;
}> {
  const dir = makeTempDir('merge');
  const leadPath = join(dir, 'lead.verbatim');
  const coderPath = join(dir, 'coder.verbatim');
  const lead = testSession();
  await call(lead, 'project/create', { path: leadPath });
  const report = await call(lead, 'documents/importFiles', {
    files: [{ name: 'e1.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  const parent = await call(lead, 'codes/create', { name: 'travail' });
  await call(lead, 'codes/create', { name: 'opacité', parentId: parent.id });
  lead.close();
  copyFileSync(leadPath, coderPath);
  await call(lead, 'project/open', { path: leadPath });
  const documentId = report.imported[0]?.id ?? 0;
  const text = (await call(lead, 'documents/get', { id: documentId })).text;
  return { lead, leadPath, coderPath, documentId, text };
}

const range = (text: string, needle: string) => ({
  start: text.indexOf(needle),
  end: text.indexOf(needle) + needle.length,
});

describe('merging projects', () => {
  it('brings in the other coder’s codings, codes and memos, keeps each coder’s own, and is idempotent', async () => {
    const { lead, leadPath, coderPath, documentId, text } = await twoCopies();
    await call(lead, 'codings/create', {
      items: [{ documentId, ...range(text, 'seule'), codeName: 'travail', coder: 'alice' }],
    });
    const coder = testSession();
    await call(coder, 'project/open', { path: coderPath });
    await call(coder, 'codings/create', {
      items: [
        { documentId, ...range(text, 'seule, tard'), codeName: 'travail', coder: 'bob' },
        { documentId, ...range(text, 'opaque'), codeName: 'opacité', coder: 'bob' },
        { documentId, ...range(text, 'On ne sait jamais'), codeName: 'rémunération', coder: 'bob' },
      ],
    });
    const codes = await call(coder, 'codes/list', {});
    await call(coder, 'memos/save', {
      targetKind: 'code',
      targetId: codes.find((c) => c.name === 'rémunération')?.id ?? 0,
      title: 'Def',
      body: '{}',
      plainText: 'Tout ce qui touche à la paie',
    });
    coder.close();

    const preview = await call(lead, 'project/mergePreview', { path: coderPath });
    expect(preview.added).toEqual({ documents: 0, codes: 1, codings: 3, memos: 1, cases: 0 });
    expect(preview.matched).toMatchObject({ documents: 1, codes: 2 });
    expect((await call(lead, 'codes/list', {})).map((c) => c.name).sort()).toEqual(['opacité', 'travail']);

    const coderBefore = table(coderPath);
    const report = await call(lead, 'project/merge', { path: coderPath });
    expect(report.added.codings).toBe(3);
    expect(table(coderPath)).toEqual(coderBefore);
    const excerpts = await call(lead, 'codings/excerptsOfCode', {
      codeId: (await call(lead, 'codes/list', {})).find((c) => c.name === 'travail')?.id ?? 0,
    });
    expect(excerpts.map((e) => `${e.coder}: ${e.quote}`).sort()).toEqual([
      'alice: seule',
      'bob: seule, tard',
    ]);
    const afterFirst = table(leadPath);
    const again = await call(lead, 'project/merge', { path: coderPath });
    expect(again.added).toEqual({ documents: 0, codes: 0, codings: 0, memos: 0, cases: 0 });
    expect(table(leadPath)).toEqual(afterFirst);
  });

  it('reports a code renamed differently and applies the chosen side', async () => {
    const { lead, coderPath } = await twoCopies();
    const coder = testSession();
    await call(coder, 'project/open', { path: coderPath });
    const opacity = (await call(coder, 'codes/list', {})).find((c) => c.name === 'opacité');
    await call(coder, 'codes/update', { id: opacity?.id ?? 0, name: 'opacité algorithmique' });
    coder.close();
    const preview = await call(lead, 'project/mergePreview', { path: coderPath });
    expect(preview.conflicts).toEqual([
      expect.objectContaining({
        kind: 'code-name',
        ours: 'opacité',
        theirs: 'opacité algorithmique',
        resolvable: true,
      }),
    ]);
    const key = preview.conflicts[0]?.key ?? '';
    await call(lead, 'project/merge', { path: coderPath, resolutions: { [key]: 'theirs' } });
    expect((await call(lead, 'codes/list', {})).map((c) => c.name).sort()).toEqual([
      'opacité algorithmique',
      'travail',
    ]);
  });

  it('refuses to merge the open project into itself, or a file that is not a project', async () => {
    const { lead, leadPath } = await twoCopies();
    expect((await callError(lead, 'project/merge', { path: leadPath })).code).toBe('CONFLICT');
    const notProject = join(makeTempDir('merge-bad'), 'x.verbatim');
    copyFileSync(join(repoRoot, 'package.json'), notProject);
    expect((await callError(lead, 'project/merge', { path: notProject })).code).toBe('NOT_A_PROJECT');
  });

  it('leaves the project as it was when the merge is killed half-way', async () => {
    const { lead, leadPath, coderPath, documentId, text } = await twoCopies();
    const coder = testSession();
    await call(coder, 'project/open', { path: coderPath });
    await call(coder, 'codings/create', {
      items: ['seule', 'tard', 'opaque', 'jamais'].map((needle) => ({
        documentId,
        ...range(text, needle),
        codeName: 'travail',
        coder: 'bob',
      })),
    });
    coder.close();
    lead.close();
    const before = table(leadPath);
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'tests/integration/fixtures/mergeThenDie.ts'), leadPath, coderPath],
      {
        encoding: 'utf8',
        cwd: repoRoot,
      },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('merge finished');
    expect(table(leadPath)).toEqual(before);
  });
});

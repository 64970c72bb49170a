import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** A speaker, code or coder the project does not have is an error, never an empty result. */

const dir = makeTempDir('cli-names');
const project = join(dir, 'names.verbatim');

beforeAll(async () => {
  const transcript = join(dir, 'entretien.txt');
  writeFileSync(
    transcript,
    'Enquêteur : Et le travail ?\nMarie : Le travail me pèse.\nEnquêteur : Le soir ?\nMarie : Oui, le soir.\n',
  );
  expect((await cli('import', project, transcript)).code).toBe(0);
  const { text } = JSON.parse((await cli('text', project, 'entretien', '--json')).stdout) as { text: string };
  const at = text.indexOf('travail me');
  const jsonl = join(dir, 'codings.jsonl');
  writeFileSync(
    jsonl,
    [
      { code: 'travail', coder: 'alice' },
      { code: 'fatigue', coder: 'bob' },
    ]
      .map(({ code, coder }) => JSON.stringify({ doc: 'entretien', start: at, end: at + 7, code, coder }))
      .join('\n'),
  );
  expect((await cli('code', project, '--jsonl', jsonl)).code).toBe(0);
});

describe('CLI names', () => {
  it('refuses an unknown --speaker or --coder of cooccur, listing the known ones', async () => {
    const speaker = await cli('cooccur', project, '--speaker', 'Mari', '--json');
    expect([speaker.code, speaker.stdout]).toEqual([1, '']);
    expect(speaker.stderr).toMatch(
      /There is no speaker "Mari" in this project\. The speakers are: Enquêteur, Marie\./u,
    );
    const coder = await cli('cooccur', project, '--coder', 'alice', '--coder', 'zoé', '--json');
    expect([coder.code, coder.stdout]).toEqual([1, '']);
    expect(coder.stderr).toMatch(/There is no coder "zoé" in this project\. The coders are: .*alice.*bob/u);
  });

  it('takes known names in another case', async () => {
    const run = await cli(
      'cooccur',
      project,
      '--speaker',
      'marie',
      '--coder',
      'ALICE',
      '--coder',
      'bob',
      '--json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ pairs: [{ a: 'fatigue', b: 'travail', count: 1 }] });
  });

  it('refuses an unknown --code of export, search and agree, listing the codes', async () => {
    const runs = [
      await cli('export', project, '--format', 'csv', '--out', join(dir, 'x.csv'), '--code', 'travial'),
      await cli('search', project, 'travail', '--code', 'travial'),
      await cli('agree', project, '--coders', 'alice,bob', '--unit', 'char', '--code', 'travial'),
    ];
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/There is no code "travial" in this project\. The codes are: .*travail/u);
    }
  });
});

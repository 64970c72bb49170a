import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cli, cliProcess } from '../support/cli.ts';
import { makeTempDir } from '../support/tempDir.ts';

const dir = makeTempDir('cli-query');
const project = join(dir, 'etude.verbatim');
const transcript = join(dir, 'entretien.txt');
const TEXT =
  'Enquêteur : Comment ça se passe ?\nMarie : La plateforme est opaque, je suis seule devant l’écran.\n' +
  'Enquêteur : Et le soir ?\nMarie : Le soir je travaille encore, c’est la triple journée.\n';

/** The text as imported (the import normalises line ends and turns). */
let stored = '';

function at(needle: string): [string, string] {
  const start = stored.indexOf(needle);
  if (start < 0) throw new Error(needle);
  return [String(start), String(start + needle.length)];
}

beforeAll(async () => {
  writeFileSync(transcript, TEXT);
  expect((await cli('new', project)).code).toBe(0);
  expect((await cli('import', project, transcript)).code).toBe(0);
  stored = (JSON.parse((await cli('text', project, 'entretien', '--json')).stdout) as { text: string }).text;
  for (const [needle, code] of [
    ['La plateforme est opaque, je suis seule', 'opacité'],
    ['je suis seule devant l’écran', 'isolement'],
    ['Le soir je travaille encore', 'isolement'],
    ['c’est la triple journée', 'triple journée'],
  ] as const) {
    const [start, end] = at(needle);
    const run = await cli(
      'code',
      project,
      '--doc',
      'entretien',
      '--start',
      start,
      '--end',
      end,
      '--code',
      code,
    );
    expect(run.code, run.stderr).toBe(0);
  }
}, CLI_PROCESS_TEST_TIMEOUT_MS);

interface QueryJson {
  count: number;
  excerpts: { doc: string; start: number; end: number; code: string; coder: string; text: string }[];
}

describe('verbatim query', { timeout: CLI_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('prints the overlapping part of two codes as JSON, from the built command', () => {
    const run = cliProcess('query', project, 'opacité AND isolement', '--json');
    expect(run.code, run.stderr).toBe(0);
    const [start, end] = at('je suis seule');
    expect(JSON.parse(run.stdout)).toEqual({
      count: 1,
      excerpts: [
        {
          doc: 'entretien',
          start: Number(start),
          end: Number(end),
          code: 'opacité',
          coder: expect.any(String),
          text: 'je suis seule',
        },
      ],
    });
  });

  it('answers the other examples of the issue', async () => {
    const json = async (expression: string): Promise<QueryJson> => {
      const run = await cli('query', project, expression, '--json');
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as QueryJson;
    };
    expect((await json('isolement NOT opacité')).excerpts.map((e) => e.text)).toEqual([
      'Le soir je travaille encore',
    ]);
    expect((await json('opacité FOLLOWED BY "Triple Journee" WITHIN 2 TURNS')).count).toBe(1);
    expect((await json('opacité FOLLOWED BY "triple journée" WITHIN 1 TURNS')).count).toBe(0);
    expect((await json('"triple journée" NEAR opacité WITHIN 200')).count).toBe(1);
    expect((await json('"triple journée" NEAR opacité WITHIN 10')).count).toBe(0);
    expect((await json('(opacité OR "triple journée") OUTSIDE isolement')).count).toBe(2);
  });

  it('prints the excerpts and their counts as text', async () => {
    const run = await cli('query', project, 'isolement');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 results for isolement');
    expect(run.stdout).toContain('entretien: 2');
  });

  it('says where a query goes wrong (exit 2) and names an unknown code (exit 1)', async () => {
    const bad = await cli('query', project, 'triple journée AND opacité');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('at position 8');
    const unclosed = await cli('query', project, '(opacité OR isolement');
    expect(unclosed.code).toBe(2);
    expect(unclosed.stderr).toContain('Expected ) to close the ( at position 1');
    const unknown = await cli('query', project, 'opacité AND éthique');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No code is named "éthique" (at position 13)');
  });
});

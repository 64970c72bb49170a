import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cliProcess } from '../support/cli.ts';
import { cliJson, codeWithCli, succeeded } from '../support/cliJson.ts';
import { commandTool, requireTool } from '../support/requiredTool.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';

/**
 * The Python example of docs/CLI.md, run as it stands against a project: its data frames hold
 * the CLI's numbers. Debian's python3 (pyenv's shims may come first in PATH), with pandas.
 */
const PYTHON = '/usr/bin/python3';
const PANDAS = commandTool('python3 with pandas (apt-get install python3-pandas)', PYTHON, [
  '-c',
  'import pandas',
]);

/** The first ```python block of docs/CLI.md. */
function pythonExample(): string {
  const doc = readFileSync(join(repoRoot, 'docs', 'CLI.md'), 'utf8');
  const block = /```python\n([\s\S]*?)```/u.exec(doc)?.[1];
  if (block === undefined) throw new Error('docs/CLI.md has no Python example.');
  return block;
}

/** A folder holding `verbatim`, the built command, so that the example finds it on PATH. */
function commandOnPath(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const shim = join(bin, 'verbatim');
  writeFileSync(
    shim,
    `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'bin', 'verbatim.mjs')}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  return bin;
}

/** study.verbatim: two interviews, two cases, three codes coded by the CLI. */
function study(dir: string): string {
  const project = join(dir, 'study.verbatim');
  const table = join(dir, 'answers.csv');
  writeFileSync(
    table,
    'id,Genre,Réponse ?\nP1,Femme,"Le soir, seule, pour un salaire de misère."\nP2,Homme,"Le week-end ; le salaire, c’est opaque."\n',
  );
  succeeded(cliProcess('import', project, table, '--answer-as', 'document'));
  const documents = ['answers – P1 – Réponse ?', 'answers – P2 – Réponse ?'];
  const codings = [
    [0, 'soir', 'temps'],
    [0, 'seule', 'isolement'],
    [0, 'salaire', 'argent'],
    [0, 'Le soir, seule', 'temps'],
    [1, 'week-end', 'temps'],
    [1, 'le salaire', 'argent'],
  ] as const;
  for (const [index, needle, code] of codings) {
    const name = documents[index] ?? '';
    const { text } = cliJson('text', succeeded(cliProcess('text', project, name, '--json')));
    codeWithCli(project, name, text, needle, code);
  }
  return project;
}

describe('the Python example of docs/CLI.md', { timeout: CLI_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('reads co-occurrence and a matrix into pandas data frames with the CLI’s numbers', (context) => {
    requireTool(context, PANDAS);
    const dir = makeTempDir('cli-python');
    const project = study(dir);
    // The example as documented, then its data frames printed for this test to compare.
    const script = `${pythonExample()}\nprint("@@" + json.dumps({"pairs": cooccurrence.to_dict("records"), "matrix": matrix.to_dict()}))\n`;
    const run = spawnSync(PYTHON, ['-c', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${commandOnPath(dir)}${delimiter}${process.env.PATH ?? ''}` },
      timeout: CLI_PROCESS_TEST_TIMEOUT_MS / 2,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed = run.stdout.split('\n').find((line) => line.startsWith('@@')) ?? '';
    const frames = JSON.parse(printed.slice(2)) as {
      pairs: { a: string; b: string; count: number }[];
      matrix: Record<string, Record<string, number>>;
    };

    const cooccur = cliJson(
      'cooccur',
      succeeded(cliProcess('cooccur', project, '--scope', 'segment', '--json')),
    );
    expect(frames.pairs.map(({ a, b, count }) => ({ a, b, count }))).toEqual(
      cooccur.pairs.map(({ a, b, count }) => ({ a, b, count })),
    );
    expect(frames.pairs.length).toBeGreaterThan(0);
    const matrix = cliJson('matrix', succeeded(cliProcess('matrix', project, '--rows', 'case', '--json')));
    const expected: Record<string, Record<string, number>> = {};
    for (const cell of matrix.cells) (expected[cell.code] ??= {})[cell.row] = cell.value;
    expect(frames.matrix).toEqual(expected);
    expect(frames.matrix.temps).toEqual({ P1: 2, P2: 1 });
  });
});

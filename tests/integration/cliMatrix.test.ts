import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../app/contract/api.ts';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cliProcess } from '../support/cli.ts';
import { cliJson, succeeded } from '../support/cliJson.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** `verbatim matrix`, `memos`, `history` and `undo`, run as a script runs them. */

const dir = makeTempDir('cli-matrix');
const project = join(dir, 'matrix.verbatim');

const SURVEY = [
  'id,Genre,Plateforme,Pourquoi ce travail ?',
  'P1,Femme,Appen,"Le soir, après les enfants ; pour compléter mon salaire."',
  'P2,Homme,Appen,"Je n’ai pas trouvé mieux, c’est souple mais isolant."',
  'P3,Femme,Clickworker,"Pour payer les études, le soir, seule."',
  'P4,Femme,Clickworker,"Parce que le salaire ne suffit pas, même le week-end."',
].join('\n');

beforeAll(async () => {
  const table = join(dir, 'answers.csv');
  writeFileSync(table, `${SURVEY}\n`);
  succeeded(cliProcess('import', project, table, '--id', 'id', '--attr', 'Genre', '--attr', 'Plateforme'));
  const session = testSession();
  await call(session, 'project/open', { path: project });
  const lines: string[] = [];
  for (const document of await call(session, 'documents/list', {})) {
    const { text } = await call(session, 'documents/get', { id: document.id });
    const coding = (needle: string, code: string, coder: string) => {
      const start = text.indexOf(needle);
      if (start >= 0)
        lines.push(JSON.stringify({ doc: document.id, start, end: start + needle.length, code, coder }));
    };
    coding('soir', 'temps', 'alice');
    coding('salaire', 'argent', 'alice');
    coding('salaire', 'argent', 'bob');
    coding('isolant', 'isolement', 'bob');
    coding('seule', 'isolement', 'alice');
    coding('week-end', 'temps', 'bob');
  }
  session.close();
  const jsonl = join(dir, 'codings.jsonl');
  writeFileSync(jsonl, `${lines.join('\n')}\n`);
  succeeded(cliProcess('code', project, '--jsonl', jsonl));
});

/** The interface's matrix for the same request, read through the contract. */
async function backendMatrix(request: (ids: Map<string, number>) => InputOf<'analysis/matrix'>) {
  const session = testSession();
  try {
    await call(session, 'project/open', { path: project });
    const { attributes } = await call(session, 'cases/list', {});
    return await call(session, 'analysis/matrix', request(new Map(attributes.map((a) => [a.name, a.id]))));
  } finally {
    session.close();
  }
}

/** The CLI's long cells as the backend's codes × columns table. */
function asBackendCells(json: ReturnType<typeof cliJson<'matrix'>>): number[][] {
  return json.codes.map((code) =>
    json.rows.map(
      (row) =>
        json.cells.find((cell) => cell.rowId === row.id && cell.code === code.name)?.value ?? Number.NaN,
    ),
  );
}

describe('verbatim matrix', { timeout: CLI_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('gives the interface’s numbers for the same rows, measure and filters', async () => {
    const cases: [string[], (ids: Map<string, number>) => InputOf<'analysis/matrix'>][] = [
      [['--rows', 'document'], () => ({ columns: 'documents', measure: 'count' })],
      [
        ['--rows', 'document', '--measure', 'share', '--coder', 'alice'],
        () => ({ columns: 'documents', measure: 'share', filters: { coders: ['alice'] } }),
      ],
      [
        ['--rows', 'case', '--measure', 'presence', '--where', 'Genre=Femme'],
        (ids) => ({
          columns: 'cases',
          measure: 'presence',
          filters: { where: [{ attributeId: ids.get('Genre') ?? 0, value: 'Femme' }] },
        }),
      ],
      [
        ['--rows', 'attr:Plateforme', '--measure', 'codings'],
        (ids) => ({ columns: 'attribute', attributeId: ids.get('Plateforme') ?? 0, measure: 'codings' }),
      ],
      [
        ['--rows', 'attr:genre'],
        (ids) => ({ columns: 'attribute', attributeId: ids.get('Genre') ?? 0, measure: 'cases' }),
      ],
    ];
    for (const [argv, request] of cases) {
      const json = cliJson('matrix', succeeded(cliProcess('matrix', project, ...argv, '--json')));
      const expected = await backendMatrix(request);
      expect(json.measure, argv.join(' ')).toBe(expected.measure);
      expect(json.codes.map((code) => code.name)).toEqual(expected.rows.map((row) => row.name));
      expect(json.rows.map((row) => row.id)).toEqual(expected.columns.map((column) => column.id));
      expect(asBackendCells(json), argv.join(' ')).toEqual(expected.cells);
      expect(json.cells.some((cell) => cell.value > 0)).toBe(true);
    }
  });

  it('prints a wide CSV with a row per value and a column per code', () => {
    const json = cliJson(
      'matrix',
      succeeded(cliProcess('matrix', project, '--rows', 'attr:Genre', '--json')),
    );
    const lines = succeeded(cliProcess('matrix', project, '--rows', 'attr:Genre', '--csv'))
      .trim()
      .split('\n');
    expect(lines[0]).toBe(['Genre', ...json.codes.map((code) => code.name)].join(','));
    const femme = json.codes.map(
      (code) => json.cells.find((cell) => cell.row === 'Femme' && cell.code === code.name)?.value,
    );
    expect(lines[1]).toBe(['Femme', ...femme].join(','));
    expect(lines).toHaveLength(3);
  });

  it('refuses an unknown attribute or a measure that does not fit', () => {
    const unknown = cliProcess('matrix', project, '--rows', 'attr:Ville');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no attribute "Ville".*Genre, Plateforme/u);
    expect(cliProcess('matrix', project, '--rows', 'attr:Genre', '--measure', 'count').code).toBe(1);
    expect(cliProcess('matrix', project, '--rows', 'speaker').code).toBe(2);
  });
});

describe('verbatim memos, history and undo', { timeout: CLI_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('reads the memos and the history, and undoes the last change as the interface does', async () => {
    const session = testSession();
    await call(session, 'project/open', { path: project });
    const temps = (await call(session, 'codes/list', {})).find((code) => code.name === 'temps');
    await call(session, 'memos/save', {
      targetKind: 'code',
      targetId: temps?.id ?? 0,
      title: 'Définition',
      body: '{}',
      plainText: 'Le temps de travail, quand il déborde sur la vie.',
    });
    session.close();
    const memos = cliJson('memos', succeeded(cliProcess('memos', project, '--json')));
    expect(memos).toEqual([
      expect.objectContaining({
        targetKind: 'code',
        targetLabel: expect.stringContaining('temps') as string,
        title: 'Définition',
        text: 'Le temps de travail, quand il déborde sur la vie.',
      }),
    ]);
    expect(succeeded(cliProcess('memos', project))).toMatch(/## Définition — on .*temps/u);

    const history = cliJson('history', succeeded(cliProcess('history', project, '--json')));
    expect(history[0]?.summary).toBe('Write memo «Définition»');
    expect(history.every((entry) => entry.state === 'done')).toBe(true);
    expect(
      cliJson('history', succeeded(cliProcess('history', project, '--limit', '1', '--json'))),
    ).toHaveLength(1);

    const undone = cliJson('undo', succeeded(cliProcess('undo', project, '--json')));
    expect(undone.undone).toMatchObject({ summary: 'Write memo «Définition»', state: 'undone' });
    expect(cliJson('memos', succeeded(cliProcess('memos', project, '--json')))).toEqual([]);
    const after = cliJson('history', succeeded(cliProcess('history', project, '--json')));
    expect(after[0]).toMatchObject({ id: history[0]?.id, state: 'undone' });
    expect(succeeded(cliProcess('undo', project))).toMatch(/^Undone: /u);
  });

  it('says so when there is nothing to undo', () => {
    const empty = join(dir, 'empty.verbatim');
    succeeded(cliProcess('new', empty));
    const run = cliProcess('undo', empty);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nothing to undo/u);
  });
});

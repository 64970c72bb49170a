import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliJsonSchemaFiles, SCHEMA_FOLDER } from '../../main/cli/json/generate.ts';
import { CLI_JSON_OUTPUTS, type CliJsonOutput } from '../../main/cli/json/schemas.ts';
import { cli, CLI_PROCESS_TEST_TIMEOUT_MS } from '../support/cli.ts';
import { cliJson, succeeded } from '../support/cliJson.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';

/** Every command's --json output against its schema, and docs/cli/ as generated from them. */

const TRANSCRIPT =
  'Enquêteur : Comment travaillez-vous ?\nMarie : Le soir, seule ; écrivez-moi à marie.dupont@example.org.\nEnquêteur : Et la paie ?\nMarie : On ne sait jamais.\n';

/** Runs a command, expects exit code 0, and checks its output against `output`'s schema. */
async function jsonOf<K extends CliJsonOutput>(output: K, ...argv: string[]) {
  return cliJson(output, succeeded(await cli(...argv, '--json')));
}

describe('the JSON schemas of the CLI (docs/cli/)', { timeout: CLI_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('are the files generated from the output schemas: run `npm run cli:schemas` when this fails', async () => {
    const generated = await cliJsonSchemaFiles(repoRoot);
    const folder = join(repoRoot, SCHEMA_FOLDER);
    const onDisk = readdirSync(folder).filter((name) => name.endsWith('.schema.json'));
    expect(onDisk.sort()).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) expect(readFileSync(join(folder, name), 'utf8'), name).toBe(text);
    const matrix = JSON.parse(generated.get('matrix.schema.json') ?? '{}') as { required: string[] };
    expect(matrix.required).toEqual(['rowsBy', 'attribute', 'measure', 'codes', 'rows', 'cells']);
  });

  it('hold every command’s actual --json output', async () => {
    const dir = makeTempDir('cli-schemas');
    const project = join(dir, 'study.verbatim');
    const transcript = join(dir, 'entretien.txt');
    writeFileSync(transcript, TRANSCRIPT);
    const checked = new Set<CliJsonOutput>();
    const check = async <K extends CliJsonOutput>(output: K, ...argv: string[]) => {
      checked.add(output);
      return jsonOf(output, ...argv);
    };

    expect((await check('new', 'new', project)).documentCount).toBe(0);
    const imported = await check('import', 'import', project, transcript);
    expect(imported.documents.map((document) => document.name)).toEqual(['entretien']);
    const { text } = await check('text', 'text', project, 'entretien');
    const at = (needle: string) => [
      String(text.indexOf(needle)),
      String(text.indexOf(needle) + needle.length),
    ];
    for (const [needle, code, coder] of [
      ['Le soir, seule', 'temps', 'alice'],
      ['seule', 'isolement', 'alice'],
      ['Le soir', 'temps', 'bob'],
      ['On ne sait jamais', 'paie', 'bob'],
    ] as const) {
      const [start = '', end = ''] = at(needle);
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
        '--coder',
        coder,
      );
      expect(run.code).toBe(0);
    }
    expect((await check('codes', 'codes', project)).map((code) => code.name).sort()).toEqual([
      'isolement',
      'paie',
      'temps',
    ]);
    expect((await check('cooccur', 'cooccur', project, '--scope', 'segment')).pairs).toHaveLength(1);
    expect((await check('query', 'query', project, 'temps AND isolement')).count).toBe(1);
    expect((await check('search', 'search', project, 'soir')).total).toBe(1);
    const findings = await check('pseudonymise', 'pseudonymise', project);
    expect(findings.map((finding) => finding.kind)).toContain('email');
    expect(
      (await check('agree', 'agree', project, '--coders', 'alice,bob', '--unit', 'segment')).coders,
    ).toEqual(['alice', 'bob']);
    const map = join(dir, 'map.csv');
    writeFileSync(map, 'marie.dupont@example.org,[e-mail]\n');
    expect((await check('pseudonymise-apply', 'pseudonymise', project, '--apply', map)).replaced).toBe(1);

    const session = testSession();
    await call(session, 'project/open', { path: project });
    await call(session, 'memos/save', {
      targetKind: 'project',
      targetId: null,
      title: 'Terrain',
      body: '{}',
      plainText: 'Premières impressions.',
    });
    session.close();
    expect((await check('memos', 'memos', project)).map((memo) => memo.text)).toEqual([
      'Premières impressions.',
    ]);
    const history = await check('history', 'history', project);
    expect(history[0]?.kind).toBeDefined();

    const answers = join(dir, 'answers.csv');
    writeFileSync(
      answers,
      'Répondant,Genre,Pourquoi ce travail ?\nP1,Femme,Pour le soir après les enfants.\nP2,Homme,Je n’ai pas trouvé mieux.\n',
    );
    expect((await check('import-table', 'import', project, answers)).imported?.casesCreated).toBe(2);
    const attributes = join(dir, 'attributes.csv');
    writeFileSync(attributes, 'Répondant,Ville\nP1,Lyon\nP2,Lille\n');
    expect(
      (await check('cases-import', 'cases', project, '--import', attributes)).imported.casesUpdated,
    ).toBe(2);
    expect((await check('cases', 'cases', project)).cases.map((item) => item.values.Ville)).toEqual([
      'Lyon',
      'Lille',
    ]);
    const matrix = await check('matrix', 'matrix', project, '--rows', 'attr:Genre');
    expect(matrix.rows.map((row) => row.label)).toEqual(['Femme', 'Homme']);
    const words = await check('words', 'words', project, '--by', 'document', '--stem');
    expect(words.find((row) => row.word === 'enfants')?.by).toHaveLength(1);

    const qdpx = join(dir, 'study.qdpx');
    succeeded(await cli('export', project, '--format', 'qdpx', '--out', qdpx, '--skip-scan'));
    const [refi] = (await check('import', 'import', join(dir, 'from-qdpx.verbatim'), qdpx)).refi;
    expect(refi?.added.codings).toBe(4);

    const current = (await check('text', 'text', project, 'entretien')).text;
    const corrected = join(dir, 'entretien-v2.txt');
    writeFileSync(corrected, current.replace('la paie', 'le salaire'));
    expect((await check('update', 'update', project, 'entretien', corrected, '--dry-run')).saved).toBe(false);
    expect((await check('update', 'update', project, 'entretien', corrected)).moved).toBe(1);
    const edits = join(dir, 'edits.jsonl');
    writeFileSync(edits, `${JSON.stringify({ start: 0, end: 0, text: '— ' })}\n`);
    expect((await check('edit', 'edit', project, 'entretien', '--jsonl', edits)).moved).toBe(4);

    const other = join(dir, 'other.verbatim');
    expect((await check('backup', 'backup', project, '--out', other)).documentCount).toBe(3);
    expect((await check('merge', 'merge', project, other)).added.codings).toBe(0);
    expect((await check('undo', 'undo', project)).undone.state).toBe('undone');
    const backup = await check('backup', 'backup', project);
    expect((await check('restore', 'restore', project, backup.path)).restored).toBe(project);

    // The team outputs need a PostgreSQL server: tests/integration/teamCli.test.ts checks them.
    const withoutServer = Object.keys(CLI_JSON_OUTPUTS).filter((output) => !output.startsWith('team-'));
    expect([...checked].sort()).toEqual(withoutServer.sort());
  });
});

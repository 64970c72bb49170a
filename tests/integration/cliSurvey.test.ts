import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../app/exports/xlsx.ts';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cliProcess } from '../support/cli.ts';
import { cliJson } from '../support/cliJson.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** `verbatim import` of survey tables and `verbatim cases`, run as a script runs them. */

const GENRES = ['Femme', 'Homme', 'Non-binaire'];
const AGES = ['18-24', '25-34', '35-44', '45-54', '55+'];
const PLATFORMS = ['Foule Factory', 'Clickworker', 'Appen', 'Amazon Mechanical Turk'];

/** A survey of 1,000 respondents: id, three attributes, two open questions (some left blank). */
function survey(): string[][] {
  const rows = [['Répondant', 'Genre', 'Âge', 'Plateforme', 'Pourquoi ce travail ?', 'Et vos proches ?']];
  for (let i = 1; i <= 1000; i++) {
    rows.push([
      `R${String(i).padStart(4, '0')}`,
      GENRES[i % GENRES.length] ?? '',
      AGES[i % AGES.length] ?? '',
      PLATFORMS[i % PLATFORMS.length] ?? '',
      `Réponse ${i} : je fais des micro-tâches le soir, « pour compléter », dit-on ; c’est isolant.`,
      i % 3 === 0 ? '' : `Mes proches (${i}) ne savent pas vraiment ce que je fais.`,
    ]);
  }
  return rows;
}

function csv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map((cell) => `"${cell.replace(/"/gu, '""')}"`).join(',')).join('\r\n')}\r\n`;
}

/** The cases of a project as names → attribute values, read through the contract. */
async function casesOf(path: string): Promise<Record<string, Record<string, string>>> {
  const session = testSession();
  try {
    await call(session, 'project/open', { path });
    const { attributes, cases } = await call(session, 'cases/list', {});
    return Object.fromEntries(
      cases.map((item) => [
        item.name,
        Object.fromEntries(attributes.map((attribute) => [attribute.name, item.values[attribute.id] ?? ''])),
      ]),
    );
  } finally {
    session.close();
  }
}

describe('verbatim import of a survey table', { timeout: CLI_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('suggests the roles as the interface does (--dry-run stores nothing), then imports 1,000 answers', async () => {
    const dir = makeTempDir('cli-survey');
    const table = join(dir, 'answers.csv');
    writeFileSync(table, csv(survey()));
    const project = join(dir, 'survey.verbatim');

    const dry = cliProcess('import', project, table, '--dry-run', '--json');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    const suggestion = cliJson('import-table', dry.stdout);
    expect(suggestion).toMatchObject({
      dryRun: true,
      rowCount: 1000,
      imported: null,
      mapping: {
        id: 'Répondant',
        text: ['Pourquoi ce travail ?', 'Et vos proches ?'],
        attributes: ['Genre', 'Âge', 'Plateforme'],
        answerAs: 'segment',
      },
    });
    expect(existsSync(project)).toBe(false);
    expect(cliProcess('import', project, table, '--dry-run').stdout).toMatch(/id: Répondant/u);

    const run = cliProcess('import', project, table, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { imported } = cliJson('import-table', run.stdout);
    expect(imported).toMatchObject({
      casesCreated: 1000,
      casesUpdated: 0,
      attributesCreated: 3,
      skippedRows: 0,
    });
    expect(imported?.documents).toHaveLength(1000);
    expect(imported?.documents.filter((document) => document.segmentCount === 2)).toHaveLength(667);

    // The same table through the interface's operation gives the same cases and values.
    const session = testSession();
    const reference = join(dir, 'reference.verbatim');
    await call(session, 'project/create', { path: reference });
    await call(session, 'documents/importTable', {
      name: 'answers.csv',
      base64: Buffer.from(csv(survey())).toString('base64'),
      idColumn: 'Répondant',
      textColumns: ['Pourquoi ce travail ?', 'Et vos proches ?'],
      attributeColumns: ['Genre', 'Âge', 'Plateforme'],
      answerAs: 'segment',
    });
    session.close();
    const expected = await casesOf(reference);
    expect(Object.keys(expected)).toHaveLength(1000);
    expect(await casesOf(project)).toEqual(expected);

    const cases = cliJson('cases', cliProcess('cases', project, '--json').stdout);
    expect(cases.cases).toHaveLength(1000);
    expect(cases.cases.find((item) => item.name === 'R0007')).toMatchObject({
      values: { Genre: 'Homme', Âge: '35-44', Plateforme: 'Amazon Mechanical Turk' },
      documents: ['answers – R0007'],
    });
  });

  it('takes the roles given, each answer as a document, from an .xlsx', async () => {
    const dir = makeTempDir('cli-survey-xlsx');
    const table = join(dir, 'enquete.xlsx');
    writeFileSync(table, await toXlsx(survey().slice(0, 11)));
    const project = join(dir, 'xlsx.verbatim');
    const run = cliProcess(
      'import',
      project,
      table,
      '--id',
      'répondant',
      '--text',
      'Et vos proches ?',
      '--attr',
      'Plateforme',
      '--answer-as',
      'document',
      '--json',
    );
    expect(run.stderr).toBe('');
    const json = cliJson('import-table', run.stdout);
    expect(json.mapping).toEqual({
      id: 'Répondant',
      text: ['Et vos proches ?'],
      attributes: ['Plateforme'],
      answerAs: 'document',
    });
    // Rows 3, 6 and 9 left the question blank.
    expect(json.imported).toMatchObject({ casesCreated: 7, attributesCreated: 1, skippedRows: 3 });
    expect(json.imported?.documents[0]?.name).toBe('enquete – R0001 – Et vos proches ?');

    const unknown = cliProcess('import', project, table, '--text', 'Pourquoi ?');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no column "Pourquoi \?"\. Its columns are: Répondant, Genre/u);
    const mixed = cliProcess('import', project, table, join(dir, 'x.txt'));
    expect(mixed.code).toBe(2);
  });

  it('lists cases and imports an attribute table into them (cases --import)', async () => {
    const dir = makeTempDir('cli-cases');
    const project = join(dir, 'cases.verbatim');
    const table = join(dir, 'answers.csv');
    writeFileSync(table, csv(survey().slice(0, 4)));
    expect(cliProcess('import', project, table).code).toBe(0);
    const sheet = join(dir, 'villes.csv');
    writeFileSync(sheet, 'Code;Ville;Commentaire\nR0001;Lyon;x\nR0002;Lille;y\nR0099;Brest;z\n');
    const attributesOnly = cliProcess('import', project, sheet);
    expect(attributesOnly.code).toBe(2);
    expect(attributesOnly.stderr).toMatch(/No column looks like open-text answers.*cases FILE --import/u);
    const run = cliProcess('cases', project, '--import', sheet, '--id', 'Code', '--attr', 'Ville', '--json');
    expect(run.stderr).toBe('');
    expect(cliJson('cases-import', run.stdout)).toMatchObject({
      mapping: { id: 'Code', attributes: ['Ville'] },
      imported: { documents: [], casesCreated: 1, casesUpdated: 2, attributesCreated: 1 },
    });
    const listed = cliProcess('cases', project);
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')[0]).toBe('case\tGenre\tÂge\tPlateforme\tVille\tdocuments');
    expect(listed.stdout).toMatch(/^R0001\tHomme\t25-34\tClickworker\tLyon\tanswers – R0001$/mu);
    expect(listed.stdout).toMatch(/^R0099\t\t\t\tBrest\t$/mu);
  });
});

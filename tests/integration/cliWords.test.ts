import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STOP_WORDS } from '../../app/words/language.ts';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cliProcess } from '../support/cli.ts';
import { cliJson, codeWithCli, succeeded } from '../support/cliJson.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';

/** `verbatim words`, run as a script runs it, on a hand-counted transcript and on the French corpus. */

const dir = makeTempDir('cli-words');
const project = join(dir, 'words.verbatim');
const corpusProject = join(dir, 'corpus.verbatim');
const CORPUS = join(repoRoot, '..', 'shared', 'corpus', 'fr_artisans_entretien-24.10.03-01.derived.txt');

const TRANSCRIPT = [
  "Enquêteur : Et l'opacité des plateformes, vous la vivez comment ?",
  "Enquêtée : L'opacité, c'est ça qu'on subit. Le micro-travail, on le fait la nuit.",
  'Enquêteur : La nuit ?',
  'Enquêtée : Oui, la nuit. L’opacité nous isole ; les opacités du micro-travail aussi.',
].join('\n');

beforeAll(() => {
  const file = join(dir, 'entretien.txt');
  writeFileSync(file, TRANSCRIPT);
  succeeded(cliProcess('import', project, file));
  // The stored text is the turns' text, without the labels: code in it through the CLI.
  const stored = (
    JSON.parse(succeeded(cliProcess('text', project, 'entretien', '--json'))) as { text: string }
  ).text;
  const needle = 'Oui, la nuit. L’opacité nous isole';
  codeWithCli(project, 'entretien', stored, needle, 'Isolement');
  succeeded(cliProcess('import', corpusProject, CORPUS));
}, CLI_PROCESS_TEST_TIMEOUT_MS);

function words(...args: string[]) {
  return cliJson('words', succeeded(cliProcess('words', ...args, '--json')));
}

describe('verbatim words', () => {
  it(
    'counts the respondent’s words: elisions split, hyphens kept, stop words out',
    () => {
      const rows = words(project);
      expect(rows.map((row) => [row.word, row.count])).toEqual([
        // Ties in alphabetical order.
        ['micro-travail', 2],
        ['nuit', 2],
        ['opacité', 2],
        ['isole', 1],
        ['opacités', 1],
        ['subit', 1],
      ]);
      expect(rows[1]).toEqual({ word: 'nuit', count: 2, documents: 1, forms: [{ form: 'nuit', count: 2 }] });
    },
    CLI_PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'groups by stem, counts every speaker, and applies the minimum length',
    () => {
      const stemmed = words(project, '--stem');
      expect(stemmed[0]).toEqual({
        word: 'opacité',
        count: 3,
        documents: 1,
        forms: [
          { form: 'opacité', count: 2 },
          { form: 'opacités', count: 1 },
        ],
      });
      const everyone = words(project, '--all-speakers');
      expect(everyone.find((row) => row.word === 'plateformes')?.count).toBe(1);
      expect(everyone.find((row) => row.word === 'nuit')?.count).toBe(3);
      expect(words(project, '--min-length', '6').map((row) => row.word)).toEqual([
        'micro-travail',
        'opacité',
        'opacités',
      ]);
    },
    CLI_PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'breaks counts down by code, and prints a table without --json',
    () => {
      const byCode = words(project, '--by', 'code');
      expect(byCode.map((row) => [row.word, row.count, row.by])).toEqual([
        ['isole', 1, [{ id: expect.stringMatching(/^code:/u) as string, label: 'Isolement', count: 1 }]],
        ['nuit', 1, [{ id: expect.stringMatching(/^code:/u) as string, label: 'Isolement', count: 1 }]],
        ['opacité', 1, [{ id: expect.stringMatching(/^code:/u) as string, label: 'Isolement', count: 1 }]],
      ]);
      const table = succeeded(cliProcess('words', project, '--by', 'document')).split('\n');
      expect(table[0]).toBe('word\tcount\tdocuments\tentretien');
      expect(table[1]).toBe('micro-travail\t2\t1\t2');
    },
    CLI_PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'refuses a wrong --by with the usage',
    () => {
      const run = cliProcess('words', project, '--by', 'speaker');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--by is document, case or code/u);
    },
    CLI_PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'on the French corpus, leaves out the researcher’s turns and every stop word',
    () => {
      const respondent = words(corpusProject);
      const everyone = words(corpusProject, '--all-speakers');
      const total = (rows: readonly { count: number }[]) => rows.reduce((sum, row) => sum + row.count, 0);
      // Hundreds of content words (about 900 in the top rows once spoken fillers and light
      // verbs such as «du coup», «fait», «peut» are out).
      expect(total(respondent)).toBeGreaterThan(800);
      for (const filler of ['coup', 'fait', 'peut', 'dire'])
        expect(respondent.map((row) => row.word)).not.toContain(filler);
      expect(total(everyone)).toBeGreaterThan(total(respondent));
      const stopWords = new Set(DEFAULT_STOP_WORDS.fr);
      for (const row of respondent) {
        expect(stopWords.has(row.word), row.word).toBe(false);
        expect(row.word, row.word).toBe(row.word.toLowerCase());
        expect(row.word, row.word).not.toMatch(/^(?:l|d|qu|j|c|n|s)['’]/u);
        expect([...row.word].length).toBeGreaterThanOrEqual(3);
      }
      expect(respondent.find((row) => row.word === 'entreprise')?.count).toBeGreaterThan(0);
    },
    CLI_PROCESS_TEST_TIMEOUT_MS,
  );
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cliProcess } from '../support/cli.ts';
import { cliJson, codeWithCli, succeeded } from '../support/cliJson.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const TRANSCRIPT = [
  'Enquêteur : Comment travaillez-vous ?',
  'Marie : Le soir, seule, après les enfants. 😅',
  'Enquêteur : Et la paie ?',
  'Marie : On ne sait jamais.',
].join('\n');

/** The quotes of the project's codings, read back through the contract. */
async function quotes(project: string): Promise<{ quotes: string[]; text: string }> {
  const session = testSession();
  try {
    await call(session, 'project/open', { path: project });
    const [document] = await call(session, 'documents/list', {});
    const { text } = await call(session, 'documents/get', { id: document?.id ?? 0 });
    const codings = await call(session, 'codings/ofDocument', { documentId: document?.id ?? 0, view: 'all' });
    for (const coding of codings) expect(text.slice(coding.start, coding.end)).toBe(coding.quote);
    return { quotes: codings.map((coding) => coding.quote).sort(), text };
  } finally {
    session.close();
  }
}

/** A new project in `dir` holding TRANSCRIPT, made with the built command. */
function importedWithCli(dir: string): string {
  const project = join(dir, 'study.verbatim');
  const transcript = join(dir, 'entretien.txt');
  writeFileSync(transcript, TRANSCRIPT);
  succeeded(cliProcess('new', project));
  succeeded(cliProcess('import', project, transcript));
  return project;
}

describe('verbatim update and edit', { timeout: CLI_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('previews, applies a new version and edits the text, codings following their words', async () => {
    const dir = makeTempDir('cli-edit');
    const project = importedWithCli(dir);
    const { text } = await quotes(project);
    codeWithCli(project, 'entretien', text, 'Le soir, seule', 'temps');
    codeWithCli(project, 'entretien', text, 'Et la paie ?', 'paie');
    codeWithCli(project, 'entretien', text, 'On ne sait jamais', 'paie');

    const corrected = join(dir, 'entretien-v2.odt.txt');
    writeFileSync(
      corrected,
      TRANSCRIPT.replace('Enquêteur : Et la paie ?\n', '').replace('seule', 'toute seule'),
    );
    const preview = cliJson(
      'update',
      succeeded(cliProcess('update', project, 'entretien', corrected, '--dry-run', '--json')),
    );
    expect(preview.saved).toBe(false);
    expect(preview.unplaced.map((coding) => coding.quote)).toEqual(['Et la paie ?']);
    expect(preview.changed.map((coding) => coding.after)).toEqual(['Le soir, toute seule']);
    expect((await quotes(project)).quotes).toEqual(['Et la paie ?', 'Le soir, seule', 'On ne sait jamais']);

    const applied = cliJson(
      'update',
      succeeded(cliProcess('update', project, 'entretien', corrected, '--json')),
    );
    expect(applied.saved).toBe(true);
    expect(applied.moved).toBe(1);
    expect((await quotes(project)).quotes).toEqual(['Le soir, toute seule', 'On ne sait jamais']);

    const after = await quotes(project);
    const edits = join(dir, 'edits.jsonl');
    const at = after.text.indexOf('jamais');
    writeFileSync(
      edits,
      `${JSON.stringify({ start: at, end: at + 'jamais'.length, text: 'rien' })}\n${JSON.stringify({ start: 0, end: 0, text: '« ' })}\n`,
    );
    const edited = cliJson(
      'edit',
      succeeded(cliProcess('edit', project, 'entretien', '--jsonl', edits, '--json')),
    );
    expect(edited.changed.map((coding) => [coding.before, coding.after])).toEqual([
      ['On ne sait jamais', 'On ne sait rien'],
    ]);
    expect(edited.moved).toBe(1);
    expect((await quotes(project)).quotes).toEqual(['Le soir, toute seule', 'On ne sait rien']);
  });

  it('refuses a bad edit line, saving nothing', async () => {
    const dir = makeTempDir('cli-edit-bad');
    const project = importedWithCli(dir);
    const edits = join(dir, 'edits.jsonl');
    writeFileSync(edits, '{"start": 0, "end": 1, "text": "X"}\n{"start": 5}\n');
    const bad = cliProcess('edit', project, 'entretien', '--jsonl', edits);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Line 2');
    const outside = join(dir, 'outside.jsonl');
    writeFileSync(outside, '{"start": 0, "end": 1, "text": "X"}\n{"start": 0, "end": 99999, "text": "X"}\n');
    const refused = cliProcess('edit', project, 'entretien', '--jsonl', outside);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Line 2: the edit ends at character 99999');
    const backwards = join(dir, 'backwards.jsonl');
    writeFileSync(backwards, '{"start": 9, "end": 3, "text": "X"}\n');
    expect(cliProcess('edit', project, 'entretien', '--jsonl', backwards).stderr).toContain(
      'Line 1: end: must not come before start',
    );
    const overlapping = join(dir, 'overlapping.jsonl');
    writeFileSync(
      overlapping,
      '{"start": 8, "end": 12, "text": "X"}\n{"start": 0, "end": 1, "text": "Y"}\n{"start": 10, "end": 14, "text": "Z"}\n',
    );
    expect(cliProcess('edit', project, 'entretien', '--jsonl', overlapping).stderr).toContain(
      'Lines 1 and 3: the two edits overlap at character 10',
    );
    expect((await quotes(project)).text.startsWith('Comment')).toBe(true);
  });
});

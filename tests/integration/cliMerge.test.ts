import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHOICE_NEEDED_EXIT } from '../../main/cli/commands/merge.ts';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cliProcess } from '../support/cli.ts';
import { cliJson, codeWithCli, succeeded } from '../support/cliJson.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** `verbatim merge`: two coders' copies of a project, merged as a script would. */

const TEXT =
  'Q : Et le soir ?\nR : Je travaille seule, tard, pour une plateforme opaque.\nQ : Et la paie ?\nR : On ne sait jamais.\n';

/** What the project holds, read through the CLI: codes with their codings, and the history length. */
function state(project: string): unknown {
  return {
    codes: cliJson('codes', succeeded(cliProcess('codes', project, '--json')))
      .map(({ name, codings }) => ({ name, codings }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    history: cliJson('history', succeeded(cliProcess('history', project, '--json'))).length,
  };
}

/** The lead's project and a coder's copy of it; the coder codes more and renames a code. */
async function twoCoders(): Promise<{ dir: string; lead: string; coder: string }> {
  const dir = makeTempDir('cli-merge');
  const lead = join(dir, 'lead.verbatim');
  const coder = join(dir, 'coder.verbatim');
  const transcript = join(dir, 'e1.txt');
  writeFileSync(transcript, TEXT);
  succeeded(cliProcess('import', lead, transcript));
  const { text } = cliJson('text', succeeded(cliProcess('text', lead, 'e1', '--json')));
  codeWithCli(lead, 'e1', text, 'seule', 'travail', 'alice');
  codeWithCli(lead, 'e1', text, 'opaque', 'opacité', 'alice');
  copyFileSync(lead, coder);
  codeWithCli(coder, 'e1', text, 'seule, tard', 'travail', 'bob');
  codeWithCli(coder, 'e1', text, 'On ne sait jamais', 'rémunération', 'bob');
  // A code renamed on one side only: the merge must ask which name to keep.
  const session = testSession();
  await call(session, 'project/open', { path: coder });
  const opacity = (await call(session, 'codes/list', {})).find((item) => item.name === 'opacité');
  await call(session, 'codes/update', { id: opacity?.id ?? 0, name: 'opacité algorithmique' });
  session.close();
  return { dir, lead, coder };
}

describe('verbatim merge', { timeout: CLI_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('lists the conflicts and exits 3 without merging when a choice is needed', async () => {
    const { lead, coder } = await twoCoders();
    const before = state(lead);
    const run = cliProcess('merge', lead, coder, '--json');
    expect(run.code).toBe(CHOICE_NEEDED_EXIT);
    expect(run.stderr).toMatch(/1 conflict\(s\) need a choice: nothing was merged.*--prefer mine/u);
    const report = cliJson('merge', run.stdout);
    expect(report).toMatchObject({ merged: false, choiceNeeded: true, prefer: null });
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        kind: 'code-name',
        ours: 'opacité',
        theirs: 'opacité algorithmique',
        resolvable: true,
      }),
    ]);
    expect(report.added).toEqual({ documents: 0, codes: 1, codings: 2, memos: 0, cases: 0 });
    expect(state(lead)).toEqual(before);

    const text = cliProcess('merge', lead, coder);
    expect(text.code).toBe(CHOICE_NEEDED_EXIT);
    expect(text.stdout).toMatch(/Conflict \(code-name\).*mine «opacité», theirs «opacité algorithmique»/u);
  });

  it('merges with the preferred side, and a repeated merge changes nothing', async () => {
    const { lead, coder } = await twoCoders();
    const before = state(lead);
    const dry = cliJson(
      'merge',
      succeeded(cliProcess('merge', lead, coder, '--prefer', 'theirs', '--dry-run', '--json')),
    );
    expect(dry).toMatchObject({ merged: false, choiceNeeded: false, prefer: 'theirs' });
    expect(state(lead)).toEqual(before);

    const merged = cliJson(
      'merge',
      succeeded(cliProcess('merge', lead, coder, '--prefer', 'theirs', '--json')),
    );
    expect(merged).toMatchObject({ merged: true, added: dry.added });
    const after = state(lead);
    expect(after).toEqual({
      codes: [
        { name: 'opacité algorithmique', codings: 1 },
        { name: 'rémunération', codings: 1 },
        { name: 'travail', codings: 2 },
      ],
      history: expect.any(Number) as number,
    });

    const again = cliJson('merge', succeeded(cliProcess('merge', lead, coder, '--json')));
    expect(again).toMatchObject({
      merged: true,
      conflicts: [],
      added: { documents: 0, codes: 0, codings: 0, memos: 0, cases: 0 },
    });
    const codesAgain = (state(lead) as { codes: unknown }).codes;
    expect(codesAgain).toEqual((after as { codes: unknown }).codes);
  });

  it('merges another coder’s .qdpx, keeping this project’s side, idempotently', async () => {
    const { dir, lead, coder } = await twoCoders();
    const qdpx = join(dir, 'coder.qdpx');
    succeeded(cliProcess('export', coder, '--format', 'qdpx', '--out', qdpx, '--skip-scan'));
    const before = state(lead);
    const needsChoice = cliProcess('merge', lead, qdpx, '--json');
    expect(needsChoice.code).toBe(CHOICE_NEEDED_EXIT);
    expect(cliJson('merge', needsChoice.stdout).conflicts.map((conflict) => conflict.kind)).toEqual([
      'code-name',
    ]);
    expect(state(lead)).toEqual(before);
    expect(cliProcess('merge', lead, qdpx, '--prefer', 'theirs').code).toBe(2);

    const merged = cliJson('merge', succeeded(cliProcess('merge', lead, qdpx, '--prefer', 'mine', '--json')));
    expect(merged).toMatchObject({ merged: true, added: { codes: 1, codings: 2 } });
    const after = (state(lead) as { codes: unknown }).codes;
    expect(after).toEqual([
      { name: 'opacité', codings: 1 },
      { name: 'rémunération', codings: 1 },
      { name: 'travail', codings: 2 },
    ]);
    const again = cliJson('merge', succeeded(cliProcess('merge', lead, qdpx, '--prefer', 'mine', '--json')));
    expect(again.added).toEqual({ documents: 0, codes: 0, codings: 0, memos: 0, cases: 0 });
    expect((state(lead) as { codes: unknown }).codes).toEqual(after);
  });
});

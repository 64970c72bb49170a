import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cli } from '../support/cli.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';
import { buildScaleProject, scaleCodingLines } from '../bench/scaleProject.ts';
import { MAX_CODINGS_PER_BATCH } from '../../app/contract/codings.ts';

function countCodings(path: string): number {
  const db = new Database(path, { readonly: true });
  const count = db.prepare('SELECT COUNT(*) FROM codings').pluck().get() as number;
  db.close();
  return count;
}

describe('verbatim code --jsonl on a large batch', { timeout: CLI_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('refuses a batch over the limit before any other work', async () => {
    const dir = makeTempDir('cli-bulk');
    const jsonl = join(dir, 'too-many.jsonl');
    writeFileSync(jsonl, `${'{"doc":"x","start":0,"end":1,"code":"c"}\n'.repeat(MAX_CODINGS_PER_BATCH + 1)}`);
    // No project at all: the limit is what refuses, not the missing file after 250,001 checks.
    const run = await cli('code', join(dir, 'absent.verbatim'), '--jsonl', jsonl);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/holds 250,001 codings; at most 250,000 are saved in one run/u);
  });

  // Issue #15: 200,000 codings (the 10× project's) are one transaction, not split batches.
  it('saves all 200,000 codings or none: killed half-way, nothing is left', async () => {
    const project = await buildScaleProject(1);
    const before = countCodings(project.path);
    const jsonl = join(makeTempDir('cli-bulk'), 'batch.jsonl');
    writeFileSync(jsonl, scaleCodingLines(1, 200000));
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin', 'verbatim.mjs'), 'code', project.path, '--jsonl', jsonl],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Half-way: the transaction has written megabytes of pages to the WAL, uncommitted.
    const wal = `${project.path}-wal`;
    let running = true;
    void exited.then(() => (running = false));
    while (running && !(existsSync(wal) && statSync(wal).size > 8 * 1024 * 1024)) {
      await new Promise((wait) => setTimeout(wait, 5));
    }
    expect(running).toBe(true);
    child.kill('SIGKILL');
    await exited;
    expect(countCodings(project.path)).toBe(before);
    const db = new Database(project.path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

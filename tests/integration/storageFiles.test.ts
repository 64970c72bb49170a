import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { call, testSession } from '../support/session.ts';
import { requireTool } from '../support/requiredTool.ts';
import { onSmallDisk, SMALL_DISK } from '../support/smallDisk.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

/** A project whose excerpt export (one coding over a long text) is about `kib` KiB. */
async function projectWithLongExcerpt(kib: number): Promise<string> {
  const path = join(makeTempDir('storage-project'), 'p.verbatim');
  const session = testSession();
  await call(session, 'project/create', { path });
  const text = 'Je travaille le soir, après les enfants. '.repeat(Math.ceil((kib * 1024) / 42));
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'long.txt', base64: Buffer.from(text).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  const length = (await call(session, 'documents/get', { id: documentId })).text.length;
  await call(session, 'codings/create', { items: [{ documentId, start: 0, end: length, codeName: 'soir' }] });
  session.close();
  return path;
}

/** What one failed command printed: one line, a plain sentence, no stack trace. */
function expectOneSentence(stderr: string, words: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).toContain(words);
  expect(stderr).not.toMatch(/\n\s+at |SQLITE_|ENOSPC|EROFS|unexpected error/u);
}

describe('files on a full or read-only disk', () => {
  beforeEach((context) => requireTool(context, SMALL_DISK));

  it('`new` on a full disk leaves no file behind and says so in one sentence', () => {
    const dir = makeTempDir('full-new');
    const run = onSmallDisk(dir, 16, 'verbatim new "$DIR/p.verbatim"; echo "exit=$?"; ls -A "$DIR"');
    expect(run.stdout.trim()).toBe('exit=1');
    expectOneSentence(run.stderr, 'The disk is full');
  });

  it('a failed export leaves the previous file whole', async () => {
    const project = await projectWithLongExcerpt(120);
    const dir = makeTempDir('full-export');
    const run = onSmallDisk(
      dir,
      64,
      `head -c 20000 /dev/zero | tr '\\0' p > "$DIR/out.md"
verbatim export "${project}" --format md --out "$DIR/out.md" --skip-scan; echo "exit=$?"
tr -d p < "$DIR/out.md" | wc -c; wc -c < "$DIR/out.md"; ls -A "$DIR"`,
    );
    expect(run.stdout.trim().split('\n')).toEqual(['exit=1', '0', '20000', 'out.md']);
    expectOneSentence(run.stderr, 'The disk is full');
  });

  it('a read-only disk gives one plain sentence for `new` and for an export', async () => {
    const project = await projectWithLongExcerpt(1);
    const dir = makeTempDir('read-only');
    const run = onSmallDisk(
      dir,
      256,
      `echo previous > "$DIR/out.md"; mount -o remount,ro "$DIR"
verbatim export "${project}" --format md --out "$DIR/out.md" --skip-scan 2>"$DIR/../export.err"; echo "export=$?"
verbatim new "$DIR/q.verbatim" 2>"$DIR/../new.err"; echo "new=$?"
cat "$DIR/out.md"; ls -A "$DIR"`,
    );
    expect(run.stdout.trim().split('\n')).toEqual(['export=1', 'new=1', 'previous', 'out.md']);
    expectOneSentence(readFileSync(join(dir, '..', 'export.err'), 'utf8'), 'read-only');
    expectOneSentence(readFileSync(join(dir, '..', 'new.err'), 'utf8'), 'read-only');
  });
});

describe('project and export files', () => {
  it('creates projects and exports private to their owner (0600)', async () => {
    const folder = makeTempDir('modes');
    const path = join(folder, 'p.verbatim');
    const session = testSession();
    await call(session, 'project/create', { path });
    expect(mode(path)).toBe(0o600);
    expect(mode(`${path}-wal`)).toBe(0o600);
    session.close();
    const out = join(folder, 'codebook.md');
    expect(
      (await cli('export', path, '--codebook', '--format', 'md', '--out', out, '--skip-scan')).code,
    ).toBe(0);
    expect(mode(out)).toBe(0o600);
    // Nothing but the project and the export: no temporary file left beside them.
    expect(readdirSync(folder).sort()).toEqual(['codebook.md', 'p.verbatim']);
  });

  it('opens a project larger than 2 GiB (the header check reads 100 bytes)', async () => {
    const path = join(makeTempDir('large'), 'p.verbatim');
    const session = testSession();
    await call(session, 'project/create', { path });
    await call(session, 'codes/create', { name: 'travail' });
    session.close();
    // A sparse file: 2.2 GiB long, a few pages on disk. SQLite ignores the zeros after the
    // pages its header counts.
    truncateSync(path, Math.round(2.2 * 2 ** 30));
    const again = testSession();
    await call(again, 'project/open', { path });
    expect((await call(again, 'codes/list', {})).map((code) => code.name)).toEqual(['travail']);
    await call(again, 'codes/create', { name: 'soir' });
    again.close();
  });
});

describe('a killed merge', () => {
  it('leaves no copy of the colleague’s project in the temporary folder once Verbatim runs again', async () => {
    const dir = makeTempDir('killed-merge');
    const temporary = join(dir, 'tmp');
    mkdirSync(temporary);
    const leadPath = join(dir, 'lead.verbatim');
    const coderPath = join(dir, 'coder.verbatim');
    for (const [path, coder] of [
      [leadPath, 'lead'],
      [coderPath, 'bob'],
    ] as const) {
      const session = testSession();
      await call(session, 'project/create', { path });
      const report = await call(session, 'documents/importFiles', {
        files: [
          { name: `${coder}.txt`, base64: Buffer.from(`Entretien de ${coder}, le soir.`).toString('base64') },
        ],
      });
      const documentId = report.imported[0]?.id ?? 0;
      await call(session, 'codings/create', {
        items: [0, 1, 2].map((i) => ({ documentId, start: i, end: 10, codeName: 'soir', coder })),
      });
      session.close();
    }
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(repoRoot, 'tests/integration/fixtures/readColleagueThenDie.ts'),
        leadPath,
        coderPath,
      ],
      { encoding: 'utf8', cwd: repoRoot, env: { ...process.env, TMPDIR: temporary } },
    );
    expect(child.signal).toBe('SIGKILL');
    // SIGKILL allows no clean-up: the copy is there until the next merge starts.
    const copies = () => readdirSync(temporary).filter((name) => name.startsWith('verbatim-merge-'));
    expect(copies()).toHaveLength(1);
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = temporary;
    try {
      const lead = testSession();
      await call(lead, 'project/open', { path: leadPath });
      await call(lead, 'project/mergePreview', { path: coderPath });
      lead.close();
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
    expect(copies()).toEqual([]);
    expect(existsSync(leadPath)).toBe(true);
    const db = new Database(leadPath, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual({ n: 1 });
    db.close();
  });
});

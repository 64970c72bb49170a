import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, KEEP_RECENT } from '../../app/backups/backupStore.ts';
import { projectIdentity } from '../../app/backups/projectIdentity.ts';
import { ProjectSession } from '../../app/session.ts';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cli, cliProcess } from '../support/cli.ts';
import { setSetting, writeTransaction } from '../../db/index.ts';
import { call, callError, memoryRecent, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const TEXT = 'Je travaille le soir, après les enfants, devant l’écran.';

function codingCount(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM codings').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

function backupSession(configDir: string, intervalMinutes = 10): ProjectSession {
  return new ProjectSession({
    recent: memoryRecent(),
    defaultCoder: 'tester',
    backups: { configDir, intervalMinutes },
  });
}

/** A project with `count` codings, left open with its recent work still in the -wal. */
async function openProjectWithCodings(session: ProjectSession, path: string, count: number) {
  await call(session, 'project/create', { path });
  // As in a long session: SQLite has not yet folded the WAL back into the file.
  session.db().pragma('wal_autocheckpoint = 0');
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'a.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  for (let i = 0; i < count; i++)
    await call(session, 'codings/create', {
      items: [{ documentId, start: 0, end: 2 + (i % 40), codeName: `code ${i % 7}`, coder: `c${i}` }],
    });
  return documentId;
}

let configDir = '';
let previousConfig: string | undefined;
beforeEach(() => {
  previousConfig = process.env.VERBATIM_CONFIG_DIR;
  configDir = makeTempDir('backups-config');
  process.env.VERBATIM_CONFIG_DIR = configDir;
});
afterEach(() => {
  if (previousConfig === undefined) delete process.env.VERBATIM_CONFIG_DIR;
  else process.env.VERBATIM_CONFIG_DIR = previousConfig;
});

/** Runs the real executable: a timeout that only stops a hung process. */
const realProcess = { timeout: CLI_PROCESS_TEST_TIMEOUT_MS };

describe('verbatim backup: a complete copy of a project open elsewhere', realProcess, () => {
  it('copies every committed coding, WAL included, where a plain file copy misses some', async () => {
    const folder = makeTempDir('backup-open');
    const path = join(folder, 'p.verbatim');
    const session = backupSession(configDir);
    await openProjectWithCodings(session, path, 301);
    expect(existsSync(`${path}-wal`)).toBe(true);
    const plain = join(folder, 'plain-copy.verbatim');
    copyFileSync(path, plain);
    expect(codingCount(plain)).toBeLessThan(301);

    const out = join(folder, 'backup.verbatim');
    const run = cliProcess('backup', path, '--out', out, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ path: out, codingCount: 301, documentCount: 1 });
    expect(codingCount(out)).toBe(301);
    expect(existsSync(`${out}-wal`)).toBe(false);
    expect(mode(out)).toBe(0o600);
    // The copy is a project of its own, held by nobody.
    const holders = new Database(out, { readonly: true });
    expect(holders.prepare('SELECT COUNT(*) AS n FROM project_holders').get()).toEqual({ n: 0 });
    holders.close();
    // Never over an existing file.
    const again = cliProcess('backup', path, '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    session.close();
  });

  it('without --out, backs up into the private backups folder of the user config', async () => {
    const path = join(makeTempDir('backup-folder'), 'p.verbatim');
    const session = backupSession(configDir);
    await openProjectWithCodings(session, path, 3);
    session.close();
    const run = await cli('backup', path, '--json');
    expect(run.code).toBe(0);
    const info = JSON.parse(run.stdout) as { path: string; reason: string; codingCount: number };
    expect(info.reason).toBe('manual');
    expect(info.codingCount).toBe(3);
    expect(info.path.startsWith(join(configDir, 'backups'))).toBe(true);
    expect(mode(info.path)).toBe(0o600);
    expect(mode(join(configDir, 'backups'))).toBe(0o700);
    expect(mode(join(info.path, '..'))).toBe(0o700);
  });
});

describe('automatic backups and restoring one', () => {
  it('backs up on open and after minutes of changes, lists them, and restores one', async () => {
    const path = join(makeTempDir('backup-auto'), 'p.verbatim');
    const session = backupSession(configDir, 0);
    const documentId = await openProjectWithCodings(session, path, 2);
    const backups = await call(session, 'project/backups', {});
    expect(backups[backups.length - 1]?.reason).toBe('open');
    expect(backups[0]).toMatchObject({ reason: 'auto', codingCount: 2, documentCount: 1 });
    const chosen = backups[0]?.id ?? '';

    await call(session, 'codings/create', {
      items: [{ documentId, start: 0, end: 5, codeName: 'later', coder: 'z' }],
    });
    expect(codingCount(path)).toBe(3);
    const info = await call(session, 'project/restoreBackup', { id: chosen });
    expect(info.path).toBe(path);
    expect((await call(session, 'codings/ofDocument', { documentId })).length).toBe(2);
    // The state before the restore was kept first, so the restore can be undone too.
    const after = await call(session, 'project/backups', {});
    const kept = after.find((backup) => backup.reason === 'before-restore');
    expect(kept?.codingCount).toBe(3);
    const [projectFolder = ''] = readdirSync(join(configDir, 'backups'));
    for (const backup of after)
      expect(mode(join(configDir, 'backups', projectFolder, backup.id))).toBe(0o600);
    expect(
      (await callError(session, 'project/restoreBackup', { id: '2000-01-01T00-00-00-000Z_auto.verbatim' }))
        .code,
    ).toBe('NOT_FOUND');
    expect((await callError(session, 'project/restoreBackup', { id: '../p.verbatim' })).code).toBe(
      'INVALID_INPUT',
    );
    session.close();
  });

  it('restores the oldest of many backups: the backup taken first does not rotate it out', async () => {
    const path = join(makeTempDir('backup-rotate'), 'p.verbatim');
    const session = new ProjectSession({
      recent: memoryRecent(),
      defaultCoder: 'tester',
      backups: { configDir, automatic: false },
    });
    const documentId = await openProjectWithCodings(session, path, 1);
    const now = Date.now();
    createBackup(session.db(), configDir, 'auto', {}, new Date(now - 11 * 60_000));
    await call(session, 'codings/create', {
      items: [{ documentId, start: 0, end: 5, codeName: 'mistake', coder: 'z' }],
    });
    for (let minutes = 10; minutes >= 1; minutes--)
      createBackup(session.db(), configDir, 'auto', {}, new Date(now - minutes * 60_000));
    const backups = await call(session, 'project/backups', {});
    const oldest = backups[backups.length - 1];
    expect(backups.length).toBe(KEEP_RECENT + 1);
    expect(oldest?.codingCount).toBe(1);

    await call(session, 'project/restoreBackup', { id: oldest?.id ?? '' });
    expect((await call(session, 'codings/ofDocument', { documentId })).length).toBe(1);
    session.close();
  });

  it('refuses to restore while another program has the project open, and changes nothing', async () => {
    const path = join(makeTempDir('backup-held'), 'p.verbatim');
    const session = backupSession(configDir);
    await openProjectWithCodings(session, path, 1);
    const [backup] = await call(session, 'project/backups', {});
    // Another live program's note (process 1 of this machine stands for it).
    new Database(path)
      .prepare('INSERT INTO project_holders VALUES (?, ?, ?, ?, ?, ?)')
      .run('other', 1, hostname(), 'alice', 'the Verbatim app', new Date().toISOString());
    const error = await callError(session, 'project/restoreBackup', { id: backup?.id ?? '' });
    expect(error.code).toBe('BUSY');
    expect(error.message).toContain('alice');
    expect(codingCount(path)).toBe(1);
    session.close();
  });

  it('verbatim restore keeps the current file as a backup first, and refuses what is not a project', async () => {
    const folder = makeTempDir('backup-restore');
    const path = join(folder, 'p.verbatim');
    const session = backupSession(configDir);
    await openProjectWithCodings(session, path, 2);
    const out = join(folder, 'two.verbatim');
    expect((await cli('backup', path, '--out', out)).code).toBe(0);
    const documentId = (await call(session, 'documents/list', {}))[0]?.id ?? 0;
    await call(session, 'codings/create', { items: [{ documentId, start: 0, end: 4, codeName: 'x' }] });
    session.close();
    expect(codingCount(path)).toBe(3);

    const notProject = join(folder, 'notes.verbatim');
    writeFileSync(notProject, 'not a database');
    const refused = await cli('restore', path, notProject);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not a Verbatim project');
    expect(codingCount(path)).toBe(3);

    const run = await cli('restore', path, out, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { previous: { path: string; codingCount: number } };
    expect(codingCount(path)).toBe(2);
    expect(result.previous.codingCount).toBe(3);
    expect(codingCount(result.previous.path)).toBe(3);
    expect(mode(path)).toBe(0o600);
  });

  it('saves a complete copy under a new name, never over an existing file', async () => {
    const folder = makeTempDir('save-copy');
    const path = join(folder, 'p.verbatim');
    const session = backupSession(configDir);
    await openProjectWithCodings(session, path, 5);
    const target = join(folder, 'copy.verbatim');
    expect(await call(session, 'project/saveCopy', { path: target })).toMatchObject({ codingCount: 5 });
    expect(codingCount(target)).toBe(5);
    expect(mode(target)).toBe(0o600);
    expect((await callError(session, 'project/saveCopy', { path: target })).code).toBe('FILE_EXISTS');
    session.close();
  });
});

describe('the project id that names the backup folder', () => {
  it('replaces an id that is not a UUID, so a crafted project writes nothing outside backups/', async () => {
    const base = makeTempDir('backup-hostile');
    const config = join(base, 'config');
    const path = join(base, 'hostile.verbatim');
    const author = testSession();
    await call(author, 'project/create', { path });
    writeTransaction(author.db(), () => setSetting(author.db(), 'projectId', '../../victim'));
    author.close();

    const session = backupSession(config);
    session.open(path);
    const id = projectIdentity(session.db());
    session.close();
    expect(existsSync(join(base, 'victim'))).toBe(false);
    expect(id).toMatch(/^[0-9a-f-]{36}$/u);
    expect(readdirSync(join(config, 'backups'))).toEqual([id]);
    expect(readdirSync(join(config, 'backups', id)).length).toBeGreaterThan(0);
  });
});

describe('copies and their backups', () => {
  function projectIdOf(path: string): string | undefined {
    const db = new Database(path, { readonly: true });
    try {
      const row = db.prepare("SELECT value FROM project_settings WHERE key = 'projectId'").get() as
        { value: string } | undefined;
      return row?.value;
    } finally {
      db.close();
    }
  }

  it('gives saved copies ids of their own, and a restored project keeps its id', async () => {
    const folder = makeTempDir('copy-identity');
    const path = join(folder, 'p.verbatim');
    const session = backupSession(configDir);
    await openProjectWithCodings(session, path, 2);
    const id = projectIdentity(session.db());
    const saved = join(folder, 'saved.verbatim');
    await call(session, 'project/saveCopy', { path: saved });
    const out = join(folder, 'out.verbatim');
    expect((await cli('backup', path, '--out', out)).code).toBe(0);
    session.close();
    const ids = [id, projectIdOf(saved), projectIdOf(out)];
    expect(new Set(ids).size).toBe(3);
    const originalBackups = readdirSync(join(configDir, 'backups', id));

    // Pseudonymising the copy purges the copy's backups, not the original's.
    const copy = backupSession(configDir);
    copy.open(saved);
    copy.guard().afterOperation('pseudonymise/applyToDocuments');
    copy.close();
    const stillThere = readdirSync(join(configDir, 'backups', id));
    expect(stillThere).toEqual(expect.arrayContaining(originalBackups));
    for (const name of originalBackups)
      expect(statSync(join(configDir, 'backups', id, name)).size).toBeGreaterThan(0);

    // Restoring from a copy with its own id leaves the project with its id (and backups).
    expect((await cli('restore', path, out)).code).toBe(0);
    expect(projectIdOf(path)).toBe(id);
  });
});

describe('backups and pseudonymisation', () => {
  it('purges the backups that hold the replaced names and keeps a pseudonymised one', async () => {
    const path = join(makeTempDir('backup-pseudo'), 'p.verbatim');
    const session = backupSession(configDir, 0);
    await call(session, 'project/create', { path });
    await call(session, 'documents/importFiles', {
      files: [
        { name: 'a.txt', base64: Buffer.from('Marie Zarkowski : je travaille le soir.').toString('base64') },
      ],
    });
    const folder = join(configDir, 'backups', readdirSync(join(configDir, 'backups'))[0] ?? '');
    const holdingTheName = () =>
      readdirSync(folder).filter((name) => readFileSync(join(folder, name)).includes('Zarkowski'));
    expect(holdingTheName().length).toBeGreaterThan(0);
    await call(session, 'pseudonymise/applyToDocuments', {
      documentIds: [],
      replacements: [{ variants: ['Marie Zarkowski'], replacement: '[Participante 3]' }],
    });
    expect(holdingTheName()).toEqual([]);
    const [kept] = await call(session, 'project/backups', {});
    expect(kept?.documentCount).toBe(1);
    session.close();
  });
});

import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationChecksum } from './migrations/checksum.ts';
import { latestSchemaVersion, migrations } from './migrations/index.ts';
import {
  checkProjectFile,
  createProject,
  openProject,
  ProjectOpenError,
  VERBATIM_APPLICATION_ID,
} from './open.ts';

const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'verbatim-db-')), name);

function expectOpenError(path: string, kind: string): void {
  try {
    openProject(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ProjectOpenError);
    expect((error as ProjectOpenError).kind).toBe(kind);
    return;
  }
  throw new Error('openProject should have failed');
}

describe('project files', () => {
  it('checks a project by its header alone, however large the file', () => {
    const path = tempFile('large.verbatim');
    createProject(path).close();
    // Past 2 GiB a whole-file read fails (and before that, costs the file's size in memory);
    // the file is sparse, so the disk holds only the project. SQLite reads the pages its
    // header counts and ignores the rest.
    truncateSync(path, 3 * 1024 ** 3);
    try {
      expect(() => checkProjectFile(path)).not.toThrow();
    } finally {
      rmSync(path);
    }
  });

  it('numbers migrations 1..n without gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(
      Array.from({ length: latestSchemaVersion }, (_, index) => index + 1),
    );
  });

  it('runs every migration on an empty file, with WAL, foreign keys and the application id', () => {
    const path = tempFile('new.verbatim');
    const db = createProject(path);
    expect(db.pragma('application_id', { simple: true })).toBe(VERBATIM_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(migrations.map((migration) => migration.version));
    db.close();
    const reopened = openProject(path);
    expect(reopened.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(
      latestSchemaVersion,
    );
    reopened.close();
  });

  it('says when the folder of a new project does not exist', () => {
    expect(() => createProject(join(tempFile('x'), 'missing', 'p.verbatim'))).toThrow(
      /folder .* does not exist/u,
    );
  });

  it('refuses to overwrite an existing file', () => {
    const path = tempFile('exists.verbatim');
    writeFileSync(path, 'keep me');
    expect(() => createProject(path)).toThrow(ProjectOpenError);
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('refuses a file that is not a project and leaves it untouched', () => {
    const text = tempFile('notes.verbatim');
    writeFileSync(text, 'just some text that is long enough to have a header of a hundred bytes '.repeat(3));
    const before = readFileSync(text);
    expectOpenError(text, 'not-a-project');
    expect(readFileSync(text)).toEqual(before);

    const otherDb = tempFile('other.sqlite');
    const foreign = new Database(otherDb);
    foreign.exec('CREATE TABLE t (x)');
    foreign.close();
    const foreignBefore = readFileSync(otherDb);
    expectOpenError(otherDb, 'not-a-project');
    expect(readFileSync(otherDb)).toEqual(foreignBefore);

    expectOpenError(tempFile('missing.verbatim'), 'not-found');
  });

  it('refuses a project written by a newer version, untouched', () => {
    const path = tempFile('future.verbatim');
    const db = createProject(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      latestSchemaVersion + 1,
      'from the future',
      new Date().toISOString(),
    );
    db.close();
    const before = readFileSync(path);
    expectOpenError(path, 'newer-version');
    expect(readFileSync(path)).toEqual(before);
  });

  it('records the checksum of every migration it applies', () => {
    const db = createProject(tempFile('sums.verbatim'));
    const recorded = db.prepare('SELECT version, checksum FROM schema_migrations ORDER BY version').all();
    expect(recorded).toEqual(
      migrations.map((migration) => ({ version: migration.version, checksum: migrationChecksum(migration) })),
    );
    db.close();
  });

  it('refuses, untouched, a project whose recorded migration differs from this version', () => {
    const path = tempFile('altered.verbatim');
    const db = createProject(path);
    db.prepare('UPDATE schema_migrations SET checksum = ? WHERE version = 4').run('0'.repeat(64));
    db.close();
    const before = readFileSync(path);
    expectOpenError(path, 'altered-schema');
    expect(() => openProject(path)).toThrow(/database step 4 \(cases-search\) does not match/u);
    expect(readFileSync(path)).toEqual(before);
  });
});

import Database from 'better-sqlite3';
import { closeSync, existsSync, linkSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { registerProjectFunctions } from './functions.ts';
import { migrationChecksum } from './migrations/checksum.ts';
import { latestSchemaVersion, migrations } from './migrations/index.ts';
import { writeTransaction } from './transaction.ts';

export type Db = Database.Database;

/** PRAGMA application_id of a Verbatim project: ASCII "VRBT". */
export const VERBATIM_APPLICATION_ID = 0x56524254;

const SQLITE_HEADER = 'SQLite format 3\u0000';

export type ProjectOpenErrorKind =
  | 'not-found'
  | 'exists'
  | 'not-a-project'
  | 'newer-version'
  /** A migration recorded in the file differs from this version's (checksum). */
  | 'altered-schema';

/** Why a project file could not be opened; the file is left untouched. */
export class ProjectOpenError extends Error {
  readonly kind: ProjectOpenErrorKind;
  readonly path: string;
  constructor(kind: ProjectOpenErrorKind, path: string, message: string) {
    super(message);
    this.name = 'ProjectOpenError';
    this.kind = kind;
    this.path = path;
  }
}

export interface OpenOptions {
  /** Path to a better-sqlite3 native binding built for another ABI (Electron). */
  readonly nativeBinding?: string;
}

function connect(path: string, options: OpenOptions, readonly = false): Db {
  const db = new Database(path, {
    readonly,
    fileMustExist: readonly,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  registerProjectFunctions(db);
  return db;
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL is durable across application crashes in WAL mode; a power cut may lose the
  // last transaction but never corrupts the file.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

function appliedVersion(db: Db): number {
  const row = db
    .prepare("SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get() as { present: number } | undefined;
  if (!row) return 0;
  const max = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return max.v ?? 0;
}

function hasChecksumColumn(db: Db): boolean {
  return (db.pragma('table_info(schema_migrations)') as { name: string }[]).some(
    (column) => column.name === 'checksum',
  );
}

/**
 * Records the checksum of every applied migration that has none yet: files migrated
 * before migration 008 carry none, and are accepted as they are (their checksums are
 * checked from then on).
 */
function fillMissingChecksums(db: Db): void {
  if (!hasChecksumColumn(db)) return;
  const fill = db.prepare('UPDATE schema_migrations SET checksum = ? WHERE version = ? AND checksum IS NULL');
  for (const migration of migrations) fill.run(migrationChecksum(migration), migration.version);
}

/**
 * Refuses a file in which a migration this version knows was recorded with another
 * checksum: it was migrated by a build whose migration differed (an edited shipped
 * migration, a development build), and its tables may not be what this code expects.
 */
function checkChecksums(db: Db, path: string): void {
  if (!hasChecksumColumn(db)) return;
  const recorded = db
    .prepare('SELECT version, checksum FROM schema_migrations WHERE checksum IS NOT NULL ORDER BY version')
    .all() as { version: number; checksum: string }[];
  for (const row of recorded) {
    const migration = migrations[row.version - 1];
    if (migration && migrationChecksum(migration) !== row.checksum) {
      throw new ProjectOpenError(
        'altered-schema',
        path,
        `${path} was set up by a different build of Verbatim: its database step ${row.version} (${migration.name}) does not match this version's. To protect your data it was not opened and nothing was changed; open it with the Verbatim that last saved it.`,
      );
    }
  }
}

/** Applies every migration newer than the file's version, each in its own transaction. */
export function migrate(db: Db): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const current = appliedVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    writeTransaction(db, () => {
      db.exec(migration.sql);
      migration.run?.(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      fillMissingChecksums(db);
    });
  }
}

/** Owner read and write only: interviews are not for the other accounts of the machine. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates a new, empty project file. Refuses to overwrite an existing file. The project is
 * built under a temporary name in the same folder and appears under its own name only when
 * complete, so a failure (full disk, killed process) never leaves an empty .verbatim file.
 * The file is created 0600; SQLite gives its -wal and -shm the same mode.
 */
export function createProject(path: string, options: OpenOptions = {}): Db {
  if (existsSync(path)) {
    throw new ProjectOpenError('exists', path, `A file already exists at ${path}; choose another name.`);
  }
  if (!existsSync(dirname(path)) || !statSync(dirname(path)).isDirectory()) {
    throw new ProjectOpenError(
      'not-found',
      path,
      `The folder ${dirname(path)} does not exist; choose an existing folder.`,
    );
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.creating`);
  try {
    closeSync(openSync(temporary, 'wx', PRIVATE_FILE_MODE));
    const db = connect(temporary, options);
    try {
      db.pragma(`application_id = ${VERBATIM_APPLICATION_ID}`);
      configure(db);
      migrate(db);
    } finally {
      db.close();
    }
    publishWithoutReplacing(temporary, path);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(temporary + suffix, { force: true });
  }
  return openProject(path, options);
}

/** Gives `from` the name `to` unless `to` exists (another program may have created it meanwhile). */
function publishWithoutReplacing(from: string, to: string): void {
  try {
    linkSync(from, to);
    return;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST')
      throw new ProjectOpenError('exists', to, `A file already exists at ${to}; choose another name.`);
    // Some disks (FAT USB keys) have no hard links: fall back to a rename after a check.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
  }
  if (existsSync(to))
    throw new ProjectOpenError('exists', to, `A file already exists at ${to}; choose another name.`);
  renameSync(from, to);
}

/** The 100-byte SQLite header only: a project may be larger than a Buffer (2 GiB). */
function readHeader(path: string): Buffer {
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks, without writing anything, that `path` is a Verbatim project this version can
 * read: an SQLite file with our application id, a schema that is not newer, and migrations
 * recorded with the checksums of ours.
 */
export function checkProjectFile(path: string, options: OpenOptions = {}): void {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ProjectOpenError('not-found', path, `No project file at ${path}.`);
  }
  const header = readHeader(path);
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw new ProjectOpenError('not-a-project', path, `${path} is not a Verbatim project file.`);
  }
  // application_id is a big-endian integer at byte 68 of the SQLite header; reading it
  // from the bytes avoids opening (and possibly journaling) a foreign database.
  if (header.readUInt32BE(68) !== VERBATIM_APPLICATION_ID) {
    throw new ProjectOpenError('not-a-project', path, `${path} is a database, but not a Verbatim project.`);
  }
  const probe = connect(path, options, true);
  try {
    const version = appliedVersion(probe);
    if (version > latestSchemaVersion) {
      throw new ProjectOpenError(
        'newer-version',
        path,
        `${path} was saved by a newer version of Verbatim (schema ${version}; this version knows ${latestSchemaVersion}). Update Verbatim to open it.`,
      );
    }
    checkChecksums(probe, path);
  } finally {
    probe.close();
  }
}

/** Opens a project to read it only (a backup being listed or restored); nothing is written. */
export function openProjectReadOnly(path: string, options: OpenOptions = {}): Db {
  checkProjectFile(path, options);
  return connect(path, options, true);
}

/**
 * Opens an existing project. A file that is not a Verbatim project, or one written by a
 * newer version, is refused before anything is written to it.
 */
export function openProject(path: string, options: OpenOptions = {}): Db {
  checkProjectFile(path, options);
  const db = connect(path, options);
  try {
    configure(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

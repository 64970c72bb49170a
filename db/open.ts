import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { latestSchemaVersion, migrations } from './migrations/index.ts';

export type Db = Database.Database;

/** PRAGMA application_id of a Verbatim project: ASCII "VRBT". */
export const VERBATIM_APPLICATION_ID = 0x56524254;

const SQLITE_HEADER = 'SQLite format 3\u0000';

export type ProjectOpenErrorKind = 'not-found' | 'exists' | 'not-a-project' | 'newer-version';

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

/** Applies every migration newer than the file's version, each in its own transaction. */
export function migrate(db: Db): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const current = appliedVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.run?.(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    })();
  }
}

/** Creates a new, empty project file. Refuses to overwrite an existing file. */
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
  const db = connect(path, options);
  try {
    db.pragma(`application_id = ${VERBATIM_APPLICATION_ID}`);
    configure(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function readHeader(path: string): Buffer {
  const buffer = readFileSync(path).subarray(0, 100);
  return buffer;
}

/**
 * Opens an existing project. A file that is not a Verbatim project, or one written by a
 * newer version, is refused before anything is written to it.
 */
export function openProject(path: string, options: OpenOptions = {}): Db {
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
  let version: number;
  try {
    version = appliedVersion(probe);
  } finally {
    probe.close();
  }
  if (version > latestSchemaVersion) {
    throw new ProjectOpenError(
      'newer-version',
      path,
      `${path} was saved by a newer version of Verbatim (schema ${version}; this version knows ${latestSchemaVersion}). Update Verbatim to open it.`,
    );
  }
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

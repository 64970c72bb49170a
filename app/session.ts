import { basename } from 'node:path';
import { createProject, openProject, ProjectOpenError, type Db, type OpenOptions } from '../db/index.ts';
import { AppError } from './errors.ts';
import { JobRegistry } from './jobs/registry.ts';
import { closeBlindReader } from './visibility/blindSession.ts';

/** Where the list of recently opened projects lives; given by the shell (main/). */
export interface RecentProjectsStore {
  list(): string[];
  remember(path: string): void;
}

/** The person coding on this machine; kept by the shell outside any project. */
export interface CoderIdentity {
  readonly name: string;
  readonly initials: string;
  readonly color: string;
}

export interface IdentityStore {
  get(): CoderIdentity | null;
  set(identity: CoderIdentity): void;
}

export interface SessionOptions extends OpenOptions {
  readonly recent: RecentProjectsStore;
  /** Name recorded on codings when the caller gives no coder and no identity is set. */
  readonly defaultCoder: string;
  readonly identity?: IdentityStore;
}

function translateOpenError(error: unknown): never {
  if (error instanceof ProjectOpenError) {
    const code =
      error.kind === 'newer-version'
        ? 'NEWER_VERSION'
        : error.kind === 'exists'
          ? 'FILE_EXISTS'
          : error.kind === 'not-found'
            ? 'NOT_FOUND'
            : 'NOT_A_PROJECT';
    throw new AppError(code, error.message);
  }
  throw error;
}

/** The open project of one backend instance (one window, one web shell, one CLI run). */
export class ProjectSession {
  readonly options: SessionOptions;
  /** Long-running work of this session (batch imports, large exports). */
  readonly jobs = new JobRegistry();
  private current: { db: Db; path: string } | null = null;

  constructor(options: SessionOptions) {
    this.options = options;
  }

  /** Who is coding: the identity the user set, else the default (the system user name). */
  get coder(): CoderIdentity {
    const identity = this.options.identity?.get();
    if (identity) return identity;
    const name = this.options.defaultCoder;
    return { name, initials: name.slice(0, 2).toUpperCase(), color: '#6b7280' };
  }

  get path(): string | null {
    return this.current?.path ?? null;
  }

  get name(): string | null {
    return this.current ? basename(this.current.path).replace(/\.verbatim$/iu, '') : null;
  }

  /** The open database, or an error the UI can show. */
  db(): Db {
    if (!this.current) throw new AppError('NO_PROJECT', 'No project is open; create or open one first.');
    return this.current.db;
  }

  hasProject(): boolean {
    return this.current !== null;
  }

  create(path: string): void {
    let db: Db;
    try {
      db = createProject(path, this.options);
    } catch (error) {
      translateOpenError(error);
    }
    this.replace(db, path);
  }

  open(path: string): void {
    let db: Db;
    try {
      db = openProject(path, this.options);
    } catch (error) {
      translateOpenError(error);
    }
    this.replace(db, path);
  }

  close(): void {
    if (this.current) closeBlindReader(this.current.db);
    this.current?.db.close();
    this.current = null;
  }

  private replace(db: Db, path: string): void {
    this.close();
    this.current = { db, path };
    this.options.recent.remember(path);
  }
}

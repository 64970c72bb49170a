import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import {
  createProject,
  openProject,
  ProjectOpenError,
  type Db,
  type OpenOptions,
  type ProjectOpenErrorKind,
} from '../db/index.ts';
import { AppError, type ErrorCode, type ErrorMessageKey, type Translated } from './errors.ts';
import { JobRegistry } from './jobs/registry.ts';
import { closeBlindReader } from './visibility/blindSession.ts';
import { ProjectGuard, type BackupSettings } from './backups/projectGuard.ts';
import { warmAnalysisCache, type WarmUp } from './analysis/warmUp.ts';
import { TeamBackground } from './team/background.ts';
import type { Visibility } from './visibility/policy.ts';

/** Where the list of recently opened projects lives; given by the shell (main/). */
export interface RecentProjectsStore {
  /** The recent projects that still exist, most recent first (menus, allowed paths). */
  list(): string[];
  /** Every remembered path, existing or not, most recent first (the start page marks the missing). */
  remembered(): string[];
  remember(path: string): void;
  /** Takes a path off the list (a project moved or deleted); the file itself is left alone. */
  forget(path: string): void;
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
  /** How this program introduces itself to others that find the project busy ("Verbatim desktop"). */
  readonly appName?: string;
  /** Automatic backups (desktop and web shell); the CLI leaves them out and backs up on request. */
  readonly backups?: BackupSettings;
  /**
   * Read the analysis cache in the background after each open (analysis/warmUp.ts): the
   * interactive shells (desktop, web shell), not the CLI, whose commands run once.
   */
  readonly warmAnalysis?: boolean;
  /** Sync a linked project with its team server while it is open (desktop app, web shell). */
  readonly teamBackground?: boolean;
  /**
   * Run a direct call's long task (an export to a file, a .qdpx) in this thread rather than
   * in a worker: the CLI, whose one command has no other call to answer meanwhile, and
   * which would otherwise start a second thread that loads its modules and opens the
   * project again (a third of a 20,000-coding CSV export's time, profiled).
   */
  readonly tasksInThread?: boolean;
}

/** The wire error code of each reason a project file is refused. */
export const OPEN_ERROR_CODES: { readonly [K in ProjectOpenErrorKind]: ErrorCode } = {
  'not-found': 'NOT_FOUND',
  exists: 'FILE_EXISTS',
  'not-a-project': 'NOT_A_PROJECT',
  'newer-version': 'NEWER_VERSION',
  'altered-schema': 'ALTERED_SCHEMA',
};

/** The message key of each reason (the keys are literal so that a test can collect them). */
const OPEN_ERROR_KEYS: { readonly [K in ProjectOpenErrorKind]: ErrorMessageKey } = {
  'not-found': 'openNotFound',
  exists: 'fileExists',
  'not-a-project': 'openNotAProject',
  'newer-version': 'openNewerVersion',
  'altered-schema': 'openAlteredSchema',
};

/** A refused project file for the interface: one key per reason, naming the file. */
export function openErrorTranslated(error: ProjectOpenError, path: string = error.path): Translated {
  // A new project in a folder that is not there: say which folder.
  if (error.kind === 'not-found' && !existsSync(dirname(path)))
    return { key: 'folderMissing', params: { folder: dirname(path) } };
  return { key: OPEN_ERROR_KEYS[error.kind], params: { path } };
}

export function translateOpenError(error: unknown): never {
  if (error instanceof ProjectOpenError)
    throw new AppError(OPEN_ERROR_CODES[error.kind], error.message, openErrorTranslated(error));
  throw error;
}

/** The open project of one backend instance (one window, one web shell, one CLI run). */
export class ProjectSession {
  readonly options: SessionOptions;
  /** Long-running work of this session (batch imports, large exports). */
  readonly jobs = new JobRegistry();
  /** The open linked project's background sync, and the team passwords of this session. */
  readonly team: TeamBackground;
  private current: { db: Db; path: string; guard: ProjectGuard; warmUp: WarmUp | null } | null = null;
  /**
   * The web shell's folder, where its page may name project files (main/web/projectFolder.ts);
   * set by the web server, null in the other shells. The start page proposes it for a new project.
   */
  shellFolder: string | null = null;

  constructor(options: SessionOptions) {
    this.options = options;
    this.team = new TeamBackground(options.teamBackground === true, () => this.coder.name);
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
    if (!this.current)
      throw new AppError('NO_PROJECT', 'No project is open; create or open one first.', { key: 'noProject' });
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
    const current = this.current;
    this.current = null;
    if (!current) return;
    current.warmUp?.cancel();
    this.team.closed();
    try {
      closeBlindReader(current.db);
      current.guard.beforeClose();
    } finally {
      current.db.close();
    }
  }

  /** Called by dispatch after each operation: takes the periodic backup when one is due. */
  afterOperation(operation: string, visibility?: Visibility): void {
    this.current?.guard.afterOperation(operation);
    this.team.afterOperation(operation, visibility, this.current?.db ?? null);
  }

  /** The open project's guard: its backups and its note of who holds it. */
  guard(): ProjectGuard {
    if (!this.current)
      throw new AppError('NO_PROJECT', 'No project is open; create or open one first.', { key: 'noProject' });
    return this.current.guard;
  }

  /**
   * Closes the project, lets `replace` put another file in its place, and opens the file
   * again, replaced or not (a failed replacement leaves the project as it was, open).
   */
  reopenAfter(replace: (path: string) => void): void {
    const path = this.path;
    if (path === null)
      throw new AppError('NO_PROJECT', 'No project is open; create or open one first.', { key: 'noProject' });
    this.close();
    try {
      replace(path);
    } finally {
      this.open(path);
    }
  }

  private replace(db: Db, path: string): void {
    this.close();
    const guard = new ProjectGuard(db, this.options);
    const warmUp = this.options.warmAnalysis ? warmAnalysisCache(db) : null;
    this.current = { db, path, guard, warmUp };
    this.options.recent.remember(path);
    guard.afterOpen();
    this.team.opened(db);
  }

  /** Settles when the open project's background warm-up (if any) has finished. */
  warmedUp(): Promise<void> {
    return this.current?.warmUp?.done ?? Promise.resolve();
  }
}

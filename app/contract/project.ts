import { z } from 'zod';
import { op } from './operation.ts';
import { MERGE_SIDES, type BackupReason } from './enums.ts';
import { Empty, FilePath, type MergeConflict, type MergeCounts } from './shared.ts';

/** The project operations of the contract: their inputs (zod), outputs and operation table. */

export const PathInput = z.object({ path: FilePath }).strict();

export const MergeInput = z
  .object({
    path: FilePath,
    resolutions: z.record(z.string(), z.enum(MERGE_SIDES)).optional(),
  })
  .strict();

export const SettingsInput = z.object({ blindMode: z.boolean() }).strict();

/** A backup's file name as listed by project/backups: never a path. */
export const BackupIdInput = z
  .object({
    id: z.string().regex(/^[0-9TZ-]+_[a-z-]+\.verbatim$/u, 'a backup id as listed by project/backups'),
  })
  .strict();

/** A path as the recent-projects list holds it: not a file the page names, so not a FilePath. */
export const RecentPathInput = z.object({ recent: z.string().min(1).max(4096) }).strict();

/** One remembered project; `missing` when its file is no longer there (moved, deleted, unplugged). */
export interface RecentProject {
  readonly path: string;
  readonly missing: boolean;
}

/** Where project/create would write `path`, checked before asking (the web shell's new project). */
export interface NewProjectCheck {
  /** The file that would be created, as the shell resolved it. */
  readonly path: string;
  readonly folder: string;
  readonly folderExists: boolean;
  readonly folderWritable: boolean;
  /** A file already has that name: create refuses to replace it. */
  readonly exists: boolean;
}

export interface ProjectInfo {
  readonly path: string;
  readonly name: string;
  readonly documentCount: number;
  readonly codeCount: number;
}

export interface ProjectMergeReport {
  readonly added: MergeCounts;
  readonly matched: MergeCounts;
  readonly conflicts: readonly MergeConflict[];
}

export interface ProjectSettings {
  /** Coders see only their own codings (set by the team lead for the project). */
  readonly blindMode: boolean;
}

/** One automatic backup of the open project, kept in the user's config folder. */
export interface BackupInfo {
  /** The backup's file name in its folder; the only way to name it in `project/restoreBackup`. */
  readonly id: string;
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly bytes: number;
  readonly documentCount: number;
  readonly codingCount: number;
}

/** A complete copy written by `project/saveCopy` (or `verbatim backup`). */
export interface SavedCopy {
  readonly path: string;
  readonly bytes: number;
  readonly documentCount: number;
  readonly codingCount: number;
}

export const projectOperations = {
  'project/create': op<ProjectInfo>()(PathInput),
  'project/open': op<ProjectInfo>()(PathInput),
  'project/close': op<null>()(Empty),
  'project/current': op<ProjectInfo | null>()(Empty),
  'project/recent': op<readonly string[]>()(Empty),
  /** Every remembered project, the missing ones marked (the start page). */
  'project/recentEntries': op<readonly RecentProject[]>()(Empty),
  /** Takes a project off the recent list; the file, if any, is left alone. */
  'project/forgetRecent': op<readonly RecentProject[]>()(RecentPathInput),
  /** The web shell's folder for new projects; null in the other shells. */
  'project/shellFolder': op<string | null>()(Empty),
  /** Whether project/create could write `path`: its folder exists and is writable, the name is free. */
  'project/checkNew': op<NewProjectCheck>()(PathInput),
  'project/settings': op<ProjectSettings>()(Empty),
  'project/setSettings': op<ProjectSettings>()(SettingsInput),
  /** What merging another project would add, match and conflict on; changes nothing. */
  'project/mergePreview': op<ProjectMergeReport>()(PathInput),
  'project/merge': op<ProjectMergeReport>()(MergeInput),
  // Backups and copies (docs/USER-GUIDE.md, "Backups").
  /** The automatic backups of the open project, newest first. */
  'project/backups': op<readonly BackupInfo[]>()(Empty),
  /** Replaces the open project by a backup, after backing the current state up. */
  'project/restoreBackup': op<ProjectInfo>()(BackupIdInput),
  /** A complete, consistent copy of the open project at a new path (never replaces a file). */
  'project/saveCopy': op<SavedCopy>()(PathInput),
} as const;

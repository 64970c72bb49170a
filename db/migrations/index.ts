import type Database from 'better-sqlite3';
import { migration001Initial } from './001-initial.ts';
import { migration002Events } from './002-events.ts';
import { migration003CodebookMemos } from './003-codebook-memos.ts';
import { migration004CasesSearch } from './004-cases-search.ts';
import { migration005CodebookReview } from './005-codebook-review.ts';
import { migration006CoderIdentity } from './006-coder-identity.ts';
import { migration007ProjectHolders } from './007-project-holders.ts';
import { migration008MigrationChecksums } from './008-migration-checksums.ts';
import { migration009DocumentLengths } from './009-document-lengths.ts';
import { migration010UnplacedCodings } from './010-unplaced-codings.ts';
import { migration011Summaries } from './011-summaries.ts';
import { migration012TeamSync } from './012-team-sync.ts';

/**
 * A schema change. Shipped migrations are never edited: add a new one instead. Their
 * checksums are recorded in each project and frozen by migrationChecksums.test.ts.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Data steps SQL alone cannot do (e.g. UTF-16 slicing), run after `sql` in the same transaction. */
  readonly run?: (db: Database.Database) => void;
}

/** Every migration, in order. `version` is 1-based and contiguous (a test checks it). */
export const migrations: readonly Migration[] = [
  migration001Initial,
  migration002Events,
  migration003CodebookMemos,
  migration004CasesSearch,
  migration005CodebookReview,
  migration006CoderIdentity,
  migration007ProjectHolders,
  migration008MigrationChecksums,
  migration009DocumentLengths,
  migration010UnplacedCodings,
  migration011Summaries,
  migration012TeamSync,
];

export const latestSchemaVersion = migrations.length;

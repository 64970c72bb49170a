import { randomUUID } from 'node:crypto';
import { ensureCoder, insertEvent, type Db } from '../../db/index.ts';
import type { ChangeSet } from './changeSet.ts';

export interface EventDescription {
  /** Machine-readable kind, e.g. 'coding.create', 'code.delete'. */
  readonly kind: string;
  /** One line for the history panel and the undo menu, in the user's words. */
  readonly summary: string;
  readonly coder: string;
  /** Structured facts for the codebook changelog, e.g. { sourceGuid, targetGuid } of a merge. */
  readonly meta?: Readonly<Record<string, string>>;
}

/** Stores the action as one event, in the caller's transaction; nothing if nothing changed. */
export function recordEvent(db: Db, changeSet: ChangeSet, description: EventDescription): void {
  if (changeSet.changes.length === 0) return;
  insertEvent(db, {
    guid: randomUUID(),
    coderId: ensureCoder(db, description.coder),
    createdAt: new Date().toISOString(),
    kind: description.kind,
    summary: description.summary,
    changes: JSON.stringify(changeSet.changes),
    meta: JSON.stringify(description.meta ?? {}),
  });
}

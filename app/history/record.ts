import { randomUUID } from 'node:crypto';
import { ensureCoder, insertEvent, type Db } from '../../db/index.ts';
import { englishPhrase, type HistoryPhrase } from '../contract/historyPhrases.ts';
import { BulkUpdates, bulkChangeSince, markRowids } from './bulkChange.ts';

export interface EventDescription {
  /** Machine-readable kind, e.g. 'coding.create', 'code.delete'. */
  readonly kind: string;
  /** What the change did, for the history panel and the Undo/Redo buttons in any language. */
  readonly phrase: HistoryPhrase;
  readonly coder: string;
  /** Structured facts for the codebook changelog, e.g. { sourceGuid, targetGuid } of a merge. */
  readonly meta?: Readonly<Record<string, string>>;
}

/** The event's summary (English) and meta with its phrase, as the events table keeps them. */
export function eventText(
  phrase: HistoryPhrase,
  meta: Readonly<Record<string, string>> = {},
): { summary: string; meta: string } {
  return {
    summary: englishPhrase(phrase),
    meta: JSON.stringify({ ...meta, phrase }),
  };
}

/** The phrase stored with an event, or null for events written before phrases existed. */
export function phraseOf(meta: string): HistoryPhrase | null {
  try {
    const { phrase } = JSON.parse(meta) as { phrase?: HistoryPhrase };
    return phrase && typeof phrase.key === 'string' ? phrase : null;
  } catch {
    return null;
  }
}

/**
 * Runs a merge or an import and stores what it did as one event (app/history/bulkChange.ts),
 * in the caller's transaction; nothing if it changed nothing.
 */
export function recordBulk<T>(db: Db, description: EventDescription, work: (updates: BulkUpdates) => T): T {
  const marks = markRowids(db);
  const updates = new BulkUpdates(db);
  const result = work(updates);
  const change = bulkChangeSince(db, marks, updates);
  if (change) storeEvent(db, JSON.stringify(change), description);
  return result;
}

/**
 * Stores one event in the caller's transaction. Handlers do not call it: `mutation()`
 * (app/registration/registry.ts) stores the rows a change made, recordBulk a merge or import.
 */
export function storeEvent(db: Db, changes: string, description: EventDescription): void {
  insertEvent(db, {
    guid: randomUUID(),
    coderId: ensureCoder(db, description.coder),
    createdAt: new Date().toISOString(),
    kind: description.kind,
    ...eventText(description.phrase, description.meta),
    changes,
  });
}

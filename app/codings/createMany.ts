import { randomUUID } from 'node:crypto';
import {
  ensureCoder,
  prepareCodingBatch,
  withBatchPageCache,
  type CodeRow,
  type Db,
  type DocumentRow,
} from '../../db/index.ts';
import { findOrCreateCode } from '../codes/createCode.ts';
import { requireCode } from '../codes/require.ts';
import type { Coding } from '../contract/types.ts';
import { requireDocument } from '../documents/require.ts';
import { AppError } from '../errors.ts';
import { BulkUpdates, bulkChangeSince, markRowids } from '../history/bulkChange.ts';
import { ChangeSet } from '../history/changeSet.ts';
import { checkRange } from '../text/offsets.ts';
import { rangeProblemError } from '../text/rangeError.ts';
import { toCoding } from './require.ts';

export interface NewCodingItem {
  readonly documentId: number;
  readonly start: number;
  readonly end: number;
  readonly codeId?: number | undefined;
  readonly codeName?: string | undefined;
  readonly coder?: string | undefined;
}

/** Batches from this size get a larger page cache (db withBatchPageCache). */
const LARGE_BATCH = 1000;

/** Looks each key up once per batch: a batch names the same few codes and coders again and again. */
function memo<K, V>(look: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = look(key);
    known.set(key, value);
    return value;
  };
}

/**
 * A copy of `quote` that does not keep its document alive: V8 shares a slice's characters
 * with the whole string it was cut from, so 100,000 quotes would hold every transcript.
 */
function detached(quote: string): string {
  return ` ${quote}`.slice(1);
}

/** Each item's quote, or the error of the first item (in item order) that does not fit its document. */
interface CheckedRanges {
  readonly quotes: readonly string[];
  readonly firstError: { readonly index: number; readonly error: AppError } | null;
}

/**
 * Reads each document once, item by item in document order, so that one transcript at a
 * time is in memory whatever the batch (2,000 documents are 110 MB of text).
 */
function checkRanges(db: Db, items: readonly NewCodingItem[]): CheckedRanges {
  const quotes: string[] = new Array<string>(items.length);
  let firstError: CheckedRanges['firstError'] = null;
  const order = items.map((_, index) => index);
  order.sort((a, b) => (items[a]?.documentId ?? 0) - (items[b]?.documentId ?? 0) || a - b);
  let document: DocumentRow | AppError | null = null;
  let documentId = 0;
  for (const index of order) {
    const item = items[index];
    if (!item || (firstError !== null && firstError.index < index)) continue;
    if (document === null || documentId !== item.documentId) {
      documentId = item.documentId;
      try {
        document = requireDocument(db, item.documentId);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        document = error;
      }
    }
    let error = document instanceof AppError ? document : null;
    if (!(document instanceof AppError)) {
      const problem = checkRange(document.text, item.start, item.end);
      if (problem) error = rangeProblemError(problem, item.start, item.end, document.text.length);
      else quotes[index] = detached(document.text.slice(item.start, item.end));
    }
    if (error && (firstError === null || index < firstError.index)) firstError = { index, error };
  }
  return { quotes, firstError };
}

/**
 * Saves a batch of codings in the caller's transaction, in item order, and returns them.
 * An item identical to a saved coding (same document, code, coder and range) is that
 * coding. Statements are prepared once and each document, code and coder looked up once,
 * so the cost is linear in the batch; the history keeps the rowid ranges the batch inserted
 * (codes and codings), not a snapshot of every row. One bad item (its 1-based number is in
 * the message) rejects the batch: the first in item order, as when items were saved one by one.
 */
export function createCodings(
  db: Db,
  items: readonly NewCodingItem[],
  defaultCoder: string,
  changes: ChangeSet,
): { created: Coding[]; codeNames: string[] } {
  const save = () => saveCodings(db, items, defaultCoder, changes);
  return items.length >= LARGE_BATCH ? withBatchPageCache(db, save) : save();
}

function saveCodings(
  db: Db,
  items: readonly NewCodingItem[],
  defaultCoder: string,
  changes: ChangeSet,
): { created: Coding[]; codeNames: string[] } {
  const marks = markRowids(db);
  const { quotes, firstError } = checkRanges(db, items);
  const statements = prepareCodingBatch(db);
  // The codes made on the way are part of the bulk change's ranges, not rows of their own.
  const codesMade = new ChangeSet(db);
  const codeById = memo((id: number): CodeRow => requireCode(db, id));
  const codeByName = memo((name: string): CodeRow => findOrCreateCode(db, codesMade, name));
  const coderId = memo((name: string): number => ensureCoder(db, name));
  const codeNames = new Set<string>();
  const createdAt = new Date().toISOString();
  const created = items.map((item, index): Coding => {
    try {
      if (firstError?.index === index) throw firstError.error;
      const code = item.codeId !== undefined ? codeById(item.codeId) : codeByName(item.codeName ?? '');
      codeNames.add(code.name);
      const coder = item.coder ?? defaultCoder;
      const { documentId, start, end } = item;
      const existing = statements.findIdentical(documentId, code.id, coderId(coder), start, end);
      const found = existing === undefined ? undefined : statements.get(existing);
      if (found) return toCoding(found);
      const quote = quotes[index] ?? '';
      const id = statements.insert({
        guid: randomUUID(),
        documentId,
        codeId: code.id,
        coderId: coderId(coder),
        start,
        end,
        quote,
        createdAt,
      });
      return { id, documentId, codeId: code.id, coder, start, end, quote };
    } catch (error) {
      if (error instanceof AppError && items.length > 1)
        throw new AppError(error.code, `Item ${index + 1}: ${error.message}`, error.translated);
      throw error;
    }
  });
  const change = bulkChangeSince(db, marks, new BulkUpdates(db));
  const inserted = (change?.bulk.inserted ?? []).filter(
    // Coders stay, as they did before batches were recorded as ranges: a coder is an identity.
    (range) => range.table === 'codes' || range.table === 'codings',
  );
  changes.recordBulk(inserted.length > 0 ? { bulk: { inserted, updated: [] } } : null);
  return { created, codeNames: [...codeNames] };
}

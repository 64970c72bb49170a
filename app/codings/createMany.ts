import { randomUUID } from 'node:crypto';
import { ensureCoder, prepareCodingBatch, type CodeRow, type Db, type DocumentRow } from '../../db/index.ts';
import { findOrCreateCode } from '../codes/createCode.ts';
import { requireCode } from '../codes/require.ts';
import type { Coding } from '../contract/types.ts';
import { requireDocument } from '../documents/require.ts';
import { AppError } from '../errors.ts';
import { BulkUpdates, bulkChangeSince, markRowids } from '../history/bulkChange.ts';
import { ChangeSet } from '../history/changeSet.ts';
import { checkRange, describeRangeProblem } from '../text/offsets.ts';
import { requireCoding, toCoding } from './require.ts';

export interface NewCodingItem {
  readonly documentId: number;
  readonly start: number;
  readonly end: number;
  readonly codeId?: number | undefined;
  readonly codeName?: string | undefined;
  readonly coder?: string | undefined;
}

/** Looks each key up once per batch: a batch names the same few documents, codes and coders again and again. */
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
 * Saves a batch of codings in the caller's transaction, in item order, and returns them.
 * An item identical to a saved coding (same document, code, coder and range) is that
 * coding. Statements are prepared once and each document, code and coder looked up once,
 * so the cost is linear in the batch; the history keeps the rowid ranges the batch inserted
 * (codes and codings), not a snapshot of every row. One bad item (its 1-based number is in
 * the message) rejects the batch.
 */
export function createCodings(
  db: Db,
  items: readonly NewCodingItem[],
  defaultCoder: string,
  changes: ChangeSet,
): { created: Coding[]; codeNames: string[] } {
  const marks = markRowids(db);
  const statements = prepareCodingBatch(db);
  // The codes made on the way are part of the bulk change's ranges, not rows of their own.
  const codesMade = new ChangeSet(db);
  const documentOf = memo((id: number): DocumentRow => requireDocument(db, id));
  const codeById = memo((id: number): CodeRow => requireCode(db, id));
  const codeByName = memo((name: string): CodeRow => findOrCreateCode(db, codesMade, name));
  const coderId = memo((name: string): number => ensureCoder(db, name));
  const codeNames = new Set<string>();
  const createdAt = new Date().toISOString();
  const created = items.map((item, index) => {
    try {
      const document = documentOf(item.documentId);
      const problem = checkRange(document.text, item.start, item.end);
      if (problem) {
        throw new AppError(
          'INVALID_INPUT',
          describeRangeProblem(problem, item.start, item.end, document.text.length),
        );
      }
      const code = item.codeId !== undefined ? codeById(item.codeId) : codeByName(item.codeName ?? '');
      codeNames.add(code.name);
      const coder = item.coder ?? defaultCoder;
      const coding = { documentId: document.id, codeId: code.id, start: item.start, end: item.end };
      const existing = statements.findIdentical(
        coding.documentId,
        coding.codeId,
        coderId(coder),
        coding.start,
        coding.end,
      );
      if (existing !== undefined) return toCoding(requireCoding(db, existing));
      const quote = document.text.slice(item.start, item.end);
      const id = statements.insert({
        ...coding,
        guid: randomUUID(),
        coderId: coderId(coder),
        quote,
        createdAt,
      });
      return { id, documentId: document.id, codeId: code.id, coder, start: item.start, end: item.end, quote };
    } catch (error) {
      if (error instanceof AppError && items.length > 1)
        throw new AppError(error.code, `Item ${index + 1}: ${error.message}`);
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

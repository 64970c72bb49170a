import {
  documentExists,
  readStoredText,
  STORED_TEXT,
  writeStoredText,
  type Db,
  type StoredTextTable,
} from '../../db/index.ts';
import { createHash } from 'node:crypto';
import { AppError } from '../errors.ts';
import { rewriteDocument, type SegmentSpan } from './rewrite.ts';
import { replaceInStoredText, TextReplacer, type SettleQuote } from './purge.ts';
import { mapOffset, type TextEdit } from '../text/textEdits.ts';
import type { Replacement } from './replace.ts';

/** A transcript pseudonymisation rewrote: its edits and its new text. */
export interface RewrittenText {
  readonly edits: readonly TextEdit[];
  readonly text: string;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function replaceInTable(
  db: Db,
  table: StoredTextTable,
  columns: readonly string[],
  replacer: TextReplacer,
  settle?: SettleQuote,
): void {
  for (const row of readStoredText(db, table, columns)) {
    for (const column of columns) {
      const value = row[column];
      if (value === null || value === undefined) continue;
      const replaced = replaceInStoredText(value, replacer, settle);
      if (replaced === value) continue;
      try {
        writeStoredText(db, table, row.rowid, column, replaced);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new AppError(
          'CONFLICT',
          `After the replacements, two of the project's ${table.replace('_', ' ')} would both be named “${replaced}”. Rename one of them, then pseudonymise again; nothing was changed.`,
          { key: 'pseudonymNameClash', params: { name: replaced } },
        );
      }
    }
  }
}

/**
 * A coding row kept by the history holds offsets and a quote of its document's text. The
 * quote of a rewritten document is re-read from the new text (offsets moved like live
 * codings, so undoing an earlier change still fits); that of a document left as it was
 * stays, as its text still says it; that of a document gone since is plain text to replace.
 */
function settleCodingRows(
  db: Db,
  rewritten: ReadonlyMap<number, RewrittenText>,
  replacements: readonly Replacement[],
): SettleQuote {
  return (row) => {
    if ('text' in row && 'segments' in row && 'checksum' in row) return settleContentRow(row, replacements);
    if (!('quote' in row && 'document_id' in row && 'start' in row && 'end' in row)) return null;
    const documentId = Number(row.document_id);
    const change = rewritten.get(documentId);
    if (!change) return documentExists(db, documentId) ? { ...row } : null;
    const start = mapOffset(change.edits, Number(row.start), 'start');
    const end = mapOffset(change.edits, Number(row.end), 'end');
    return { ...row, start, end, quote: change.text.slice(start, end) };
  };
}

/**
 * A document's text and turns as an edit recorded them (db/queries/documentContents.ts):
 * rewritten with its own replacements, turns moved and speakers replaced, so that undoing
 * the edit restores a pseudonymised text whose turns still fit.
 */
function settleContentRow(
  row: Readonly<Record<string, unknown>>,
  replacements: readonly Replacement[],
): Record<string, unknown> {
  const segments = JSON.parse(String(row.segments)) as (SegmentSpan & { speaker: string | null })[];
  const rewrite = rewriteDocument({ text: String(row.text), segments, codings: [] }, replacements);
  return {
    ...row,
    text: rewrite.text,
    checksum: createHash('sha256').update(rewrite.text).digest('hex'),
    segments: JSON.stringify(rewrite.segments),
  };
}

/**
 * Replaces the names everywhere else they may be stored, in the caller's transaction:
 * document and source file names, memos (their editor state too), the codebook, cases and
 * their values, sets; then every earlier copy, in the history (row snapshots, phrases,
 * summaries, merges undone) and the codebook review. Returns how many occurrences were
 * replaced in the project's current content and in earlier copies.
 */
export function purgeElsewhere(
  db: Db,
  replacements: readonly Replacement[],
  rewritten: ReadonlyMap<number, RewrittenText>,
): { current: number; copies: number } {
  const current = new TextReplacer(replacements);
  for (const [table, columns] of Object.entries(STORED_TEXT.current)) {
    replaceInTable(db, table as StoredTextTable, columns, current);
  }
  const copies = new TextReplacer(replacements);
  const settle = settleCodingRows(db, rewritten, replacements);
  for (const [table, columns] of Object.entries(STORED_TEXT.copies)) {
    replaceInTable(db, table as StoredTextTable, columns, copies, settle);
  }
  return { current: current.count, copies: copies.count };
}

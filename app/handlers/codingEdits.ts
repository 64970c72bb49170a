import {
  getCoding,
  getDocument,
  listSegments,
  updateCodingCode,
  updateCodingRange,
  type CodingRow,
  type Db,
  writeTransaction,
} from '../../db/index.ts';
import type { Coding, ExcerptContext } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { ChangeSet } from '../history/changeSet.ts';
import { recordEvent } from '../history/record.ts';
import { removeCoding } from '../history/removal.ts';
import { checkRange, describeRangeProblem } from '../text/offsets.ts';
import { requireCode } from './codes.ts';
import { requireDocument } from './documents.ts';
import type { HandlerGroup } from './registry.ts';

function requireCoding(db: Db, id: number): CodingRow {
  const coding = getCoding(db, id);
  if (!coding) throw new AppError('NOT_FOUND', `There is no coding with id ${id} in this project.`);
  return coding;
}

function toCoding(row: CodingRow): Coding {
  const { id, documentId, codeId, coder, start, end, quote } = row;
  return { id, documentId, codeId, coder, start, end, quote };
}

/** Context shown around an excerpt: up to `chars` on each side, within its segments. */
function contextOf(db: Db, coding: CodingRow, chars: number): ExcerptContext {
  const text = getDocument(db, coding.documentId)?.text ?? '';
  const segments = listSegments(db, coding.documentId);
  const first = segments.find((segment) => segment.start <= coding.start && coding.start < segment.end);
  const last = segments.find((segment) => segment.start < coding.end && coding.end <= segment.end);
  const from = Math.max(first?.start ?? 0, coding.start - chars);
  const to = Math.min(last?.end ?? text.length, coding.end + chars);
  return {
    codingId: coding.id,
    before: text.slice(from, coding.start),
    quote: coding.quote,
    after: text.slice(coding.end, to),
  };
}

export const codingEditHandlers: HandlerGroup = {
  // Adjusting boundaries keeps the coding (same id and GUID) and refreshes its quote.
  'codings/update': ({ id, start, end }, session) => {
    const db = session.db();
    return writeTransaction(db, () => {
      const coding = requireCoding(db, id);
      const document = requireDocument(db, coding.documentId);
      const problem = checkRange(document.text, start, end);
      if (problem)
        throw new AppError('INVALID_INPUT', describeRangeProblem(problem, start, end, document.text.length));
      const code = requireCode(db, coding.codeId);
      const changes = new ChangeSet(db);
      changes.update('codings', id, () =>
        updateCodingRange(db, id, start, end, document.text.slice(start, end)),
      );
      recordEvent(db, changes, {
        kind: 'coding.update',
        phrase: { key: 'codingAdjust', values: { name: code.name } },
        coder: session.coder.name,
      });
      return toCoding(requireCoding(db, id));
    });
  },
  'codings/recode': ({ codingIds, codeId }, session) => {
    const db = session.db();
    return writeTransaction(db, () => {
      const code = requireCode(db, codeId);
      const changes = new ChangeSet(db);
      for (const id of codingIds) {
        requireCoding(db, id);
        changes.update('codings', id, () => updateCodingCode(db, id, codeId));
      }
      recordEvent(db, changes, {
        kind: 'coding.recode',
        phrase: { key: 'codingRecode', values: { count: codingIds.length, name: code.name } },
        coder: session.coder.name,
      });
      return codingIds.map((id) => toCoding(requireCoding(db, id)));
    });
  },
  'codings/deleteMany': ({ ids }, session) => {
    const db = session.db();
    writeTransaction(db, () => {
      const changes = new ChangeSet(db);
      for (const id of ids) {
        requireCoding(db, id);
        removeCoding(db, changes, id);
      }
      recordEvent(db, changes, {
        kind: 'coding.delete',
        phrase: { key: 'codingsRemove', values: { count: ids.length } },
        coder: session.coder.name,
      });
    });
    return null;
  },
  'codings/context': ({ codingId, chars }, session) => {
    const db = session.db();
    return contextOf(db, requireCoding(db, codingId), chars ?? 300);
  },
};

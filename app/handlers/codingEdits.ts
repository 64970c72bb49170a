import {
  getCoding,
  getDocument,
  listSegments,
  updateCodingCode,
  updateCodingRange,
  type CodingRow,
  type Db,
} from '../../db/index.ts';
import type { Coding, ExcerptContext } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { removeCoding } from '../history/removal.ts';
import { checkRange, describeRangeProblem } from '../text/offsets.ts';
import { requireCode } from './codes.ts';
import { requireDocument } from './documents.ts';
import { mutation, read, type OperationGroup } from './registry.ts';

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

export const codingEditOperations = {
  // Adjusting boundaries keeps the coding (same id and GUID) and refreshes its quote.
  'codings/update': mutation({ kind: 'coding.update' }, ({ id, start, end }, { db, changes, describe }) => {
    const coding = requireCoding(db, id);
    const document = requireDocument(db, coding.documentId);
    const problem = checkRange(document.text, start, end);
    if (problem)
      throw new AppError('INVALID_INPUT', describeRangeProblem(problem, start, end, document.text.length));
    const code = requireCode(db, coding.codeId);
    changes.update('codings', id, () =>
      updateCodingRange(db, id, start, end, document.text.slice(start, end)),
    );
    describe({ key: 'codingAdjust', values: { name: code.name } });
    return toCoding(requireCoding(db, id));
  }),
  'codings/recode': mutation(
    { kind: 'coding.recode' },
    ({ codingIds, codeId }, { db, changes, describe }) => {
      const code = requireCode(db, codeId);
      for (const id of codingIds) {
        requireCoding(db, id);
        changes.update('codings', id, () => updateCodingCode(db, id, codeId));
      }
      describe({ key: 'codingRecode', values: { count: codingIds.length, name: code.name } });
      return codingIds.map((id) => toCoding(requireCoding(db, id)));
    },
  ),
  'codings/deleteMany': mutation({ kind: 'coding.delete' }, ({ ids }, { db, changes, describe }) => {
    for (const id of ids) {
      requireCoding(db, id);
      removeCoding(db, changes, id);
    }
    describe({ key: 'codingsRemove', values: { count: ids.length } });
    return null;
  }),
  'codings/context': read(({ codingId, chars }, session) => {
    const db = session.db();
    return contextOf(db, requireCoding(db, codingId), chars ?? 300);
  }),
} satisfies OperationGroup;

import {
  listCodingsOfDocument,
  listExcerptsOfCode,
  updateCodingCode,
  updateCodingRange,
} from '../../db/index.ts';
import type { Excerpt } from '../contract/types.ts';
import { excerptsWithTurns } from '../analysis/excerptTurns.ts';
import { requireCode } from '../codes/require.ts';
import { requireDocument } from '../documents/require.ts';
import { removeCoding } from '../history/removal.ts';
import { mutation, read, type OperationGroup } from '../registration/registry.ts';
import { checkRange } from '../text/offsets.ts';
import { rangeProblemError } from '../text/rangeError.ts';
import { contextOf } from './context.ts';
import { createCodings } from './createMany.ts';
import { requireCoding, toCoding } from './require.ts';
import { filterByView } from './views.ts';

export const codingOperations = {
  // All items in one transaction: one bad item (its 1-based number is in the message)
  // rejects the whole batch, so a script never leaves half of its codings behind.
  'codings/create': mutation({ kind: 'coding.create' }, ({ items }, { db, changes, coder, describe }) => {
    const { created, codeNames } = createCodings(db, items, coder, changes);
    const names = codeNames.map((codeName) => `«${codeName}»`).join(', ');
    describe({ key: 'codingCreate', values: { count: items.length, codes: names } });
    return created;
  }),
  'codings/delete': mutation({ kind: 'coding.delete' }, ({ id }, { db, changes, describe }) => {
    const coding = requireCoding(db, id);
    describe({ key: 'codingRemove', values: { name: requireCode(db, coding.codeId).name } });
    removeCoding(db, changes, id);
    return null;
  }),
  'codings/ofDocument': read(({ documentId, view, coder }, session) => {
    const db = session.db();
    requireDocument(db, documentId);
    const codings = listCodingsOfDocument(db, documentId).map(toCoding);
    return filterByView(codings, view ?? 'all', coder ?? '', session.coder.name);
  }),
  'codings/excerptsOfCode': read(({ codeId, documentIds, speakers, coders }, session) => {
    const db = session.db();
    requireCode(db, codeId);
    const inDocuments = documentIds ? new Set(documentIds) : null;
    const bySpeakers = speakers ? new Set(speakers) : null;
    const byCoders = coders ? new Set(coders) : null;
    // A quote across turns is kept when any of its speakers is asked for: filtering on the
    // respondents must not drop an answer coded together with its question.
    const spoken = (excerpt: Excerpt) =>
      excerpt.turns === null ? [excerpt.speaker] : excerpt.turns.map((turn) => turn.speaker);
    return listExcerptsOfCode(db, codeId)
      .filter(
        (excerpt) =>
          (inDocuments === null || inDocuments.has(excerpt.documentId)) &&
          (byCoders === null || byCoders.has(excerpt.coder)),
      )
      .map(excerptsWithTurns(db))
      .filter(
        (excerpt) => bySpeakers === null || spoken(excerpt).some((speaker) => bySpeakers.has(speaker ?? '')),
      );
  }),

  // Editing existing codings.
  // Adjusting boundaries keeps the coding (same id and GUID) and refreshes its quote.
  'codings/update': mutation({ kind: 'coding.update' }, ({ id, start, end }, { db, changes, describe }) => {
    const coding = requireCoding(db, id);
    const document = requireDocument(db, coding.documentId);
    const problem = checkRange(document.text, start, end);
    if (problem) throw rangeProblemError(problem, start, end, document.text.length);
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

import { getUnplacedCoding, listUnplacedCodings, placeCodingAgain, type Db } from '../../db/index.ts';
import type { ParsedInputOf } from '../contract/api.ts';
import type { UpdateBatchReport, UpdateReport } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { ChangeSet } from '../history/changeSet.ts';
import type { ParsedSource } from '../importers/importFile.ts';
import {
  mutation,
  ownTransaction,
  read,
  recordedChange,
  type OperationGroup,
} from '../registration/registry.ts';
import type { ProjectSession } from '../session.ts';
import { checkRange } from '../text/offsets.ts';
import { rangeProblemError } from '../text/rangeError.ts';
import { planEdit } from './editPlan.ts';
import { documentDetail } from './operations.ts';
import { requireDocument } from './require.ts';
import { documentState, reanchorReport, storeRewrite, codingSpans } from './storeRewrite.ts';
import { documentForFile, parseNewVersion, planUpdate } from './updateFromFile.ts';

type Restore = ParsedInputOf<'documents/edit'>['restore'][number];

/** Places unplaced codings of the document again, on the text as it is after the edit. */
function restoreCodings(
  db: Db,
  changes: ChangeSet,
  documentId: number,
  text: string,
  places: readonly Restore[],
): void {
  for (const place of places) {
    const unplaced = getUnplacedCoding(db, place.id);
    if (!unplaced || unplaced.documentId !== documentId) {
      throw new AppError('NOT_FOUND', `There is no unplaced coding with id ${place.id} in this document.`, {
        key: 'unplacedNotFound',
      });
    }
    const problem = checkRange(text, place.start, place.end);
    if (problem) throw rangeProblemError(problem, place.start, place.end, text.length);
    const id = placeCodingAgain(db, place.id, place.start, place.end, text.slice(place.start, place.end));
    changes.inserted('codings', id);
    changes.delete('unplaced_codings', place.id);
  }
}

/** A file parsed and aligned with its document: what applying it does, nothing stored. */
function previewOne(db: Db, documentId: number, file: string, parsed: ParsedSource, saved: boolean) {
  const state = documentState(db, requireDocument(db, documentId));
  const rewrite = planUpdate(state, parsed);
  return {
    state,
    rewrite,
    report: { ...reanchorReport(db, state, rewrite), file, saved } satisfies UpdateReport,
  };
}

interface ParsedFile {
  readonly file: string;
  readonly documentId: number;
  readonly parsed: ParsedSource;
}

/** Each new version matched to its document and parsed; what fails is reported, not thrown. */
async function parseBatch(
  db: Db,
  files: ParsedInputOf<'documents/previewUpdateBatch'>['files'],
): Promise<{ parsed: ParsedFile[]; failed: { file: string; message: string }[] }> {
  const parsed: ParsedFile[] = [];
  const failed: { file: string; message: string }[] = [];
  for (const file of files) {
    try {
      const document = documentForFile(db, file.name);
      if (parsed.some((other) => other.documentId === document.id)) {
        throw new AppError(
          'INVALID_INPUT',
          `${file.name}: another file of the batch already updates “${document.name}”.`,
          { key: 'updateTwice', params: { file: file.name, name: document.name } },
        );
      }
      parsed.push({ file: file.name, documentId: document.id, parsed: await parseNewVersion(file) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failed.push({ file: file.name, message: error.message });
    }
  }
  return { parsed, failed };
}

/** Applies parsed new versions as ONE undoable change (one event for the whole batch). */
function applyParsed(session: ProjectSession, files: readonly ParsedFile[]): UpdateReport[] {
  return recordedChange({ kind: 'document.update' }, session, ({ db, changes, describe }) => {
    const reports = files.map(({ file, documentId, parsed }) => {
      const { rewrite, report } = previewOne(db, documentId, file, parsed, true);
      storeRewrite(db, changes, documentId, rewrite);
      return report;
    });
    const [first] = reports;
    if (reports.length === 1 && first) {
      describe({
        key: 'documentUpdate',
        values: {
          name: first.document,
          file: first.file,
          removed: first.removedChars,
          inserted: first.insertedChars,
        },
      });
    } else describe({ key: 'documentsUpdate', values: { count: reports.length } });
    return reports;
  });
}

/** Editing a document in place and updating it from a new version of its file (issue 16). */
export const documentEditOperations = {
  'documents/edit': mutation({ kind: 'document.edit' }, (input, { db, changes, describe }) => {
    const document = requireDocument(db, input.id);
    if (input.expectedLength !== undefined && input.expectedLength !== document.text.length) {
      throw new AppError(
        'CONFLICT',
        `The text of “${document.name}” changed since it was opened for editing (another window or program). Reload it and edit again; nothing was saved.`,
        { key: 'textChangedWhileEditing', params: { name: document.name } },
      );
    }
    const state = documentState(db, document);
    const planned = planEdit(state, codingSpans(state.codings), input);
    storeRewrite(db, changes, document.id, planned);
    restoreCodings(db, changes, document.id, planned.text, input.restore);
    describe({
      key: 'documentEdit',
      values: { name: document.name, removed: planned.removed, inserted: planned.inserted },
    });
    return { ...reanchorReport(db, state, planned), detail: documentDetail(db, document.id) };
  }),
  'documents/previewUpdate': read(async ({ id, file }, session) => {
    const parsed = await parseNewVersion(file);
    return previewOne(session.db(), id, file.name, parsed, false).report;
  }),
  'documents/applyUpdate': ownTransaction(
    'Parses the file (asynchronous) before its one write transaction, recorded as one event (recordedChange).',
    async ({ id, file }, session) => {
      requireDocument(session.db(), id);
      const parsed = await parseNewVersion(file);
      const [report] = applyParsed(session, [{ file: file.name, documentId: id, parsed }]);
      if (!report) throw new AppError('INTERNAL', 'The update made no report.');
      return report;
    },
  ),
  'documents/previewUpdateBatch': read(async ({ files }, session): Promise<UpdateBatchReport> => {
    const db = session.db();
    const { parsed, failed } = await parseBatch(db, files);
    const updated = parsed.map(
      ({ file, documentId, parsed: source }) => previewOne(db, documentId, file, source, false).report,
    );
    return { updated, failed, saved: false };
  }),
  'documents/applyUpdateBatch': ownTransaction(
    'Parses the files (asynchronous) before its one write transaction, recorded as one event (recordedChange).',
    async ({ files }, session): Promise<UpdateBatchReport> => {
      const { parsed, failed } = await parseBatch(session.db(), files);
      const updated = parsed.length === 0 ? [] : applyParsed(session, parsed);
      return { updated, failed, saved: updated.length > 0 };
    },
  ),
  'documents/unplacedCodings': read(({ id }, session) => {
    const db = session.db();
    requireDocument(db, id);
    return listUnplacedCodings(db, id);
  }),
} satisfies OperationGroup;

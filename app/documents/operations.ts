import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { listDocuments, listSegments, listSpeakers, renameDocument, type Db } from '../../db/index.ts';
import type { DocumentDetail } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { MAX_IMPORT_BYTES } from '../importers/limits.ts';
import { readTable } from '../importers/table/readTable.ts';
import { planSurvey, summariseColumns } from '../importers/table/surveyPlan.ts';
import { runInWorker } from '../jobs/worker/runInWorker.ts';
import {
  mutation,
  NOT_WEB,
  outsideProject,
  ownTransaction,
  read,
  type OperationGroup,
} from '../registration/registry.ts';
import { DOCUMENT_DELETION, removeDocument } from '../history/removal.ts';
import { importFiles } from './importBatch.ts';
import { previewImport } from './importPreview.ts';
import { storePlan, tableNameOf } from './importTable.ts';
import { requireDocument } from './require.ts';

export function documentDetail(db: Db, id: number): DocumentDetail {
  const document = requireDocument(db, id);
  return {
    id: document.id,
    name: document.name,
    text: document.text,
    sourceName: document.sourceName,
    sourceFormat: document.sourceFormat,
    sourceEncoding: document.sourceEncoding,
    segments: listSegments(db, id),
  };
}

function readPath(path: string): Uint8Array {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile())
      throw new AppError('BAD_FILE', `${path} is not a file.`, { key: 'notAFile', params: { path } });
    size = stats.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_FILE', `${path} cannot be read (it does not exist or is not accessible).`, {
      key: 'cannotReadFile',
      params: { path },
    });
  }
  // Refuse before reading a huge file into memory.
  if (size > MAX_IMPORT_BYTES) {
    throw new AppError(
      'BAD_FILE',
      `${basename(path)} is ${(size / 1024 / 1024).toFixed(1)} MB; Verbatim imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into several documents.`,
      {
        key: 'fileTooLarge',
        params: {
          file: basename(path),
          size: (size / 1024 / 1024).toFixed(1),
          max: MAX_IMPORT_BYTES / 1024 / 1024,
        },
      },
    );
  }
  return readFileSync(path);
}

const PER_FILE = 'Each file is stored in its own transaction, so one bad file loses no other.';

export const documentOperations = {
  'documents/list': read((_input, session) => listDocuments(session.db())),
  'documents/get': read(({ id }, session): DocumentDetail => documentDetail(session.db(), id)),
  'documents/speakers': read((_input, session) =>
    listSpeakers(session.db()).sort((a, b) => a.localeCompare(b)),
  ),
  'documents/rename': mutation({ kind: 'document.rename' }, ({ id, name }, { db, changes, describe }) => {
    const before = requireDocument(db, id).name;
    changes.update('documents', id, () => renameDocument(db, id, name));
    describe({ key: 'documentRename', values: { name: before, to: name } });
    return documentDetail(db, id);
  }),
  'documents/importFiles': ownTransaction(PER_FILE, ({ files, allowDuplicates }, session) =>
    importFiles(
      session.db(),
      files.map((file) => ({ name: file.name, read: () => Buffer.from(file.base64, 'base64') })),
      { skipDuplicates: allowDuplicates !== true },
    ),
  ),
  // The page in a browser sends transcripts as uploads (documents/importFiles, importBatch).
  'documents/importPaths': ownTransaction(
    PER_FILE,
    ({ paths, allowDuplicates }, session) =>
      importFiles(
        session.db(),
        paths.map((path) => ({ name: path, read: () => readPath(path) })),
        { skipDuplicates: allowDuplicates !== true },
      ),
    { transports: NOT_WEB },
  ),
  // Undoable whole: codings, memos, text, turns, search index, case and set memberships.
  'documents/delete': mutation({ kind: DOCUMENT_DELETION }, ({ id }, { db, changes, describe }) => {
    const { name } = requireDocument(db, id);
    removeDocument(db, changes, id);
    describe({ key: 'documentDelete', values: { name } });
    return null;
  }),

  // Imports: preview, batch job, survey tables.
  // Parses every file as the import would, without storing anything (importPreview.ts).
  'documents/previewImport': outsideProject(({ files }, session) => previewImport(session.db(), files)),
  // Parsing and storing run in a worker thread with its own connection (app/jobs/worker/).
  'documents/importBatch': ownTransaction(
    'A job: each file is stored in its own transaction, so one bad file loses no other; a cancel removes the batch.',
    (input, session) => {
      session.db();
      return {
        jobId: session.jobs.start('import', (control, signal) =>
          runInWorker('importBatch', input, session, control, signal),
        ),
      };
    },
  ),
  'documents/previewTable': outsideProject(async ({ name, base64, encoding }) => {
    const table = await readTable(name, Buffer.from(base64, 'base64'), { encoding });
    return {
      columns: summariseColumns(table),
      rowCount: table.rows.length,
      encoding: table.encoding,
      notes: table.notes,
    };
  }),
  'documents/importTable': ownTransaction(
    'The table is read and planned before the write transaction opens (storePlan), so parsing never holds the write lock; it is then one bulk event, like a merge.',
    async ({ name, base64, encoding, ...mapping }, session) => {
      const table = await readTable(name, Buffer.from(base64, 'base64'), { encoding });
      const plan = planSurvey(table, mapping, tableNameOf(name));
      return storePlan(session.db(), plan, name.split(/[\\/]/u).pop() ?? name, session.coder.name);
    },
  ),
} satisfies OperationGroup;

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  deleteDocument,
  getDocument,
  listDocuments,
  listSegments,
  renameDocument,
  type Db,
  writeTransaction,
} from '../../db/index.ts';
import type { DocumentDetail } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { ChangeSet } from '../history/changeSet.ts';
import { recordEvent } from '../history/record.ts';
import { importFiles } from './importBatch.ts';
import { MAX_IMPORT_BYTES } from '../importers/limits.ts';
import type { HandlerGroup } from './registry.ts';

export function requireDocument(db: Db, id: number): NonNullable<ReturnType<typeof getDocument>> {
  const document = getDocument(db, id);
  if (!document) throw new AppError('NOT_FOUND', `There is no document with id ${id} in this project.`);
  return document;
}

function documentDetail(db: Db, id: number): DocumentDetail {
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
    if (!stats.isFile()) throw new AppError('BAD_FILE', `${path} is not a file.`);
    size = stats.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_FILE', `${path} cannot be read (it does not exist or is not accessible).`);
  }
  // Refuse before reading a huge file into memory.
  if (size > MAX_IMPORT_BYTES) {
    throw new AppError(
      'BAD_FILE',
      `${basename(path)} is ${(size / 1024 / 1024).toFixed(1)} MB; Verbatim imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into several documents.`,
    );
  }
  return readFileSync(path);
}

export const documentHandlers: HandlerGroup = {
  'documents/list': (_input, session) => listDocuments(session.db()),
  'documents/get': ({ id }, session): DocumentDetail => documentDetail(session.db(), id),
  'documents/rename': ({ id, name }, session): DocumentDetail => {
    const db = session.db();
    return writeTransaction(db, () => {
      const before = requireDocument(db, id).name;
      const changes = new ChangeSet(db);
      changes.update('documents', id, () => renameDocument(db, id, name));
      recordEvent(db, changes, {
        kind: 'document.rename',
        phrase: { key: 'documentRename', values: { name: before, to: name } },
        coder: session.coder.name,
      });
      return documentDetail(db, id);
    });
  },
  'documents/importFiles': ({ files, allowDuplicates }, session) =>
    importFiles(
      session.db(),
      files.map((file) => ({ name: file.name, read: () => Buffer.from(file.base64, 'base64') })),
      { skipDuplicates: allowDuplicates !== true },
    ),
  'documents/importPaths': ({ paths, allowDuplicates }, session) =>
    importFiles(
      session.db(),
      paths.map((path) => ({ name: path, read: () => readPath(path) })),
      { skipDuplicates: allowDuplicates !== true },
    ),
  'documents/delete': ({ id }, session) => {
    const db = session.db();
    requireDocument(db, id);
    writeTransaction(db, () => deleteDocument(db, id));
    return null;
  },
};

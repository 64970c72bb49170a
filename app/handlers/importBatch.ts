import { randomUUID } from 'node:crypto';
import {
  deleteDocument,
  findDocumentByChecksum,
  insertDocument,
  type Db,
  writeTransaction,
} from '../../db/index.ts';
import type { ImportBatchReport } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { Replacement } from '../contract/types.ts';
import type { TextEncoding } from '../importers/decodeText.ts';
import { parseSource, type ParsedSource } from '../importers/importFile.ts';
import { JobCancelled, yieldToEventLoop, type JobControl } from '../jobs/registry.ts';
import type { HandlerGroup } from './registry.ts';

export interface BatchFile {
  readonly name: string;
  readonly read: () => Uint8Array;
  readonly encoding?: TextEncoding | undefined;
}

export interface BatchOptions {
  /** Skip files whose text is already in the project (same checksum). */
  readonly skipDuplicates: boolean;
  readonly speakerMap?: Readonly<Record<string, string>> | undefined;
  readonly replacements?: readonly Replacement[] | undefined;
}

/** Stores one parsed file as a document, in its own transaction. */
export function insertParsed(db: Db, parsed: ParsedSource): number {
  return writeTransaction(db, () =>
    insertDocument(db, {
      guid: randomUUID(),
      name: parsed.name,
      text: parsed.canonical.text,
      sourceName: parsed.sourceName,
      sourceFormat: parsed.format,
      sourceEncoding: parsed.encoding,
      checksum: parsed.checksum,
      importedAt: new Date().toISOString(),
      segments: parsed.canonical.segments,
    }),
  );
}

/**
 * Imports a batch file by file, each in its own transaction, so that one bad file never
 * aborts the others; between files it yields, so progress can be read and cancel heard.
 * A cancelled batch removes what it had imported (in one transaction): nothing is left
 * half-imported.
 */
export async function importBatch(
  db: Db,
  files: readonly BatchFile[],
  options: BatchOptions,
  control: JobControl,
): Promise<ImportBatchReport> {
  const imported: ImportBatchReport['imported'][number][] = [];
  const failed: ImportBatchReport['failed'][number][] = [];
  const skipped: ImportBatchReport['skipped'][number][] = [];
  for (const [index, file] of files.entries()) {
    control.progress(index, files.length, file.name);
    await yieldToEventLoop();
    if (control.cancelled) {
      writeTransaction(db, () => {
        for (const document of imported) deleteDocument(db, document.id);
      });
      throw new JobCancelled();
    }
    try {
      const parsed = await parseSource(file.name, file.read(), {
        encoding: file.encoding,
        speakerMap: options.speakerMap,
        replacements: options.replacements,
      });
      const duplicate = findDocumentByChecksum(db, parsed.checksum);
      if (duplicate && options.skipDuplicates) {
        skipped.push({
          file: file.name,
          message: `${file.name} has the same text as «${duplicate.name}», already in the project.`,
        });
        continue;
      }
      const id = insertParsed(db, parsed);
      imported.push({
        id,
        name: parsed.name,
        length: parsed.canonical.text.length,
        segmentCount: parsed.canonical.segments.length,
        duplicateOf: duplicate?.name ?? null,
      });
    } catch (error) {
      failed.push({
        file: file.name,
        message: error instanceof AppError ? error.message : `${file.name}: ${String(error)}`,
      });
    }
  }
  control.progress(files.length, files.length, '');
  return { imported, failed, skipped };
}

export const importBatchHandlers: HandlerGroup = {
  'documents/importBatch': ({ files, skipDuplicates, speakerMap, replacements }, session) => {
    const db = session.db();
    const batch = files.map((file) => ({
      name: file.name,
      encoding: file.encoding,
      read: () => Buffer.from(file.base64, 'base64'),
    }));
    return {
      jobId: session.jobs.start('import', (control) =>
        importBatch(db, batch, { skipDuplicates: skipDuplicates ?? true, speakerMap, replacements }, control),
      ),
    };
  },
};

import { randomUUID } from 'node:crypto';
import {
  deleteDocument,
  findDocumentByChecksum,
  insertDocument,
  type Db,
  writeTransaction,
} from '../../db/index.ts';
import type { ImportBatchReport, ImportFailure, ImportReport } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { Replacement } from '../contract/types.ts';
import type { TextEncoding } from '../importers/decodeText.ts';
import { parseSource, type ParsedSource } from '../importers/importFile.ts';
import { JobCancelled, yieldToEventLoop, type JobControl } from '../jobs/registry.ts';

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

type ImportOutcome =
  | { readonly kind: 'imported'; readonly document: ImportReport['imported'][number] }
  | { readonly kind: 'skipped' | 'failed'; readonly problem: ImportFailure };

/**
 * Parses and stores one file in its own transaction. A file whose text is already in the
 * project (same checksum: an earlier file of the same batch counts, since it was stored
 * before) is skipped when `skipDuplicates`, so that re-running an interrupted import adds
 * nothing twice; the interface's review and the CLI share this rule.
 */
export async function importOne(db: Db, file: BatchFile, options: BatchOptions): Promise<ImportOutcome> {
  try {
    const parsed = await parseSource(file.name, file.read(), {
      encoding: file.encoding,
      speakerMap: options.speakerMap,
      replacements: options.replacements,
    });
    const duplicate = findDocumentByChecksum(db, parsed.checksum);
    if (duplicate && options.skipDuplicates) {
      return {
        kind: 'skipped',
        problem: {
          file: file.name,
          message: `${parsed.sourceName} has the same text as «${duplicate.name}», already in the project.`,
          translated: { key: 'duplicateText', params: { file: parsed.sourceName, name: duplicate.name } },
        },
      };
    }
    const id = insertParsed(db, parsed);
    return {
      kind: 'imported',
      document: {
        id,
        name: parsed.name,
        length: parsed.canonical.text.length,
        segmentCount: parsed.canonical.segments.length,
        duplicateOf: duplicate?.name ?? null,
        notes: parsed.notes,
      },
    };
  } catch (error) {
    return {
      kind: 'failed',
      problem: {
        file: file.name,
        message: error instanceof AppError ? error.message : `${file.name}: ${String(error)}`,
        translated: error instanceof AppError ? error.translated : undefined,
      },
    };
  }
}

/** Collects outcomes into a report. */
class ReportBuilder {
  readonly imported: ImportReport['imported'][number][] = [];
  readonly failed: ImportFailure[] = [];
  readonly skipped: ImportFailure[] = [];

  add(outcome: ImportOutcome): void {
    if (outcome.kind === 'imported') this.imported.push(outcome.document);
    else (outcome.kind === 'skipped' ? this.skipped : this.failed).push(outcome.problem);
  }

  report(): ImportReport {
    return { imported: this.imported, failed: this.failed, skipped: this.skipped };
  }
}

/** Imports files one after the other, each in its own transaction: one bad file never aborts the others. */
export async function importFiles(
  db: Db,
  files: readonly BatchFile[],
  options: BatchOptions,
): Promise<ImportReport> {
  const report = new ReportBuilder();
  for (const file of files) report.add(await importOne(db, file, options));
  return report.report();
}

/**
 * Imports a batch file by file, as importFiles, but as a job: between files it yields, so
 * progress can be read and cancel heard. A cancelled batch removes what it had imported
 * (in one transaction): nothing is left half-imported.
 */
export async function importBatch(
  db: Db,
  files: readonly BatchFile[],
  options: BatchOptions,
  control: JobControl,
): Promise<ImportBatchReport> {
  const report = new ReportBuilder();
  for (const [index, file] of files.entries()) {
    control.progress(index, files.length, file.name);
    await yieldToEventLoop();
    if (control.cancelled) {
      writeTransaction(db, () => {
        for (const document of report.imported) deleteDocument(db, document.id);
      });
      throw new JobCancelled();
    }
    report.add(await importOne(db, file, options));
  }
  control.progress(files.length, files.length, '');
  return report.report();
}

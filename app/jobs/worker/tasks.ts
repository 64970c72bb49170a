import { readSnapshot, type Db } from '../../../db/index.ts';
import type { ParsedInputOf } from '../../contract/api.ts';
import type { ExportedFile, ImportBatchReport } from '../../contract/types.ts';
import { projectQdpxFile } from '../../exchange/refi/projectFile.ts';
import type { ExportTick } from '../../exports/excerptModel.ts';
import { excerptModelOf, writeExcerpts, type ExcerptsInput } from '../../exports/excerptsFile.ts';
import { importBatch } from '../../documents/importBatch.ts';
import { JobCancelled, type JobControl } from '../registry.ts';

/** The project as a worker opened it: its own connection, and the name exports are titled with. */
export interface WorkerProject {
  readonly db: Db;
  readonly name: string;
}

/** Report progress and look for a cancel every this many excerpts. */
const EXCERPTS_PER_STEP = 100;

function excerptTick(control: JobControl, total: number, label: string): ExportTick {
  let done = 0;
  return () => {
    done += 1;
    if (done % EXCERPTS_PER_STEP === 0 || done === total) {
      control.progress(done, total, label);
      if (control.cancelled) return Promise.reject(new JobCancelled());
    }
    return Promise.resolve();
  };
}

async function exportExcerpts(
  input: ExcerptsInput,
  project: WorkerProject,
  control: JobControl,
): Promise<ExportedFile> {
  // One read transaction: edits committed while the model is read cannot give a file half
  // old, half new.
  const model = readSnapshot(project.db, () => excerptModelOf(project.db, project.name, input));
  control.progress(0, model.total, model.projectName);
  const file = await writeExcerpts(input, model, excerptTick(control, model.total, model.projectName));
  control.progress(model.total, model.total, file.fileName);
  return file;
}

/** Report progress and look for a cancel every this many documents of a .qdpx. */
const DOCUMENTS_PER_STEP = 10;

/** A streamed export's step: progress now and then, and a cancel thrown between two pieces. */
export function streamStep(
  control: JobControl,
  every: number,
  label: string,
): (done: number, total: number) => void {
  return (done, total) => {
    if (done % every !== 0 && done !== total) return;
    control.progress(done, total, label);
    if (control.cancelled) throw new JobCancelled();
  };
}

function exportQdpx(_input: unknown, project: WorkerProject, control: JobControl): Promise<ExportedFile> {
  control.progress(0, 1, project.name);
  const step = streamStep(control, DOCUMENTS_PER_STEP, project.name);
  const file = readSnapshot(project.db, () => projectQdpxFile(project.db, project.name, step));
  control.progress(1, 1, file.fileName);
  return Promise.resolve(file);
}

type BatchInput = ParsedInputOf<'documents/importBatch'>;

function importDocuments(
  input: BatchInput,
  project: WorkerProject,
  control: JobControl,
): Promise<ImportBatchReport> {
  const batch = input.files.map((file) => ({
    name: file.name,
    encoding: file.encoding,
    read: () => Buffer.from(file.base64, 'base64'),
  }));
  const { skipDuplicates, speakerMap, replacements } = input;
  return importBatch(
    project.db,
    batch,
    { skipDuplicates: skipDuplicates ?? true, speakerMap, replacements },
    control,
  );
}

/**
 * The long work that runs in a job worker (./jobWorker.ts), off the thread that answers
 * calls. `writes` says whether the worker opens the project to write (imports, through
 * writeTransaction) or only to read (exports: read-only, blind-mode aware).
 */
export const workerTasks = {
  excerpts: { writes: false, run: exportExcerpts },
  qdpx: { writes: false, run: exportQdpx },
  importBatch: { writes: true, run: importDocuments },
} as const;

export type WorkerTaskName = keyof typeof workerTasks;
export type WorkerTaskInput<K extends WorkerTaskName> = Parameters<(typeof workerTasks)[K]['run']>[0];
export type WorkerTaskOutput<K extends WorkerTaskName> = Awaited<ReturnType<(typeof workerTasks)[K]['run']>>;

import { readSnapshot, type Db } from '../../../db/index.ts';
import type { ParsedInputOf } from '../../contract/api.ts';
import type { ExportedFile, ImportBatchReport, WrittenFile } from '../../contract/types.ts';
import { qdpxFileName } from '../../exchange/refi/projectFile.ts';
import { writeExcerptsExport, type ExcerptsInput, type WriteTo } from '../../exports/excerptsFile.ts';
import { MemorySink, streamToFile } from '../../exports/stream/byteSink.ts';
import type { ExportStep } from '../../exports/stream/textSink.ts';
import { codebookFile, type CodebookInput } from '../../exports/codebookFile.ts';
import { writeExportedFile } from '../../exports/fileToPath.ts';
import { JobCancelled, type JobControl } from '../registry.ts';

/** The project as a worker opened it: its own connection, and the name exports are titled with. */
export interface WorkerProject {
  readonly db: Db;
  readonly name: string;
}

/** Report progress and look for a cancel every this many excerpts, or documents of a .qdpx. */
const EXCERPTS_PER_STEP = 100;
const QDPX_MIME = 'application/zip';
const DOCUMENTS_PER_STEP = 10;

/** A streamed export's step: progress now and then, and a cancel thrown between two pieces. */
function streamStep(control: JobControl, every: number, label: string): ExportStep {
  return (done, total) => {
    if (done % every !== 0 && done !== total) return;
    control.progress(done, total, label);
    if (control.cancelled) throw new JobCancelled();
  };
}

/** A file for the interface to download: the bytes gathered in memory, once. */
function inMemory(): { write: WriteTo; bytes: () => Buffer } {
  const sink = new MemorySink();
  return { write: (_head, produce) => produce(sink), bytes: () => sink.toBuffer() };
}

/**
 * A file on disk, streamed and renamed into place when whole (a cancel leaves none), or
 * the web shell's download that `path` names (app/exports/stream/downloadTarget.ts).
 */
function toFile(path: string): { write: WriteTo; bytes: () => number } {
  let size = 0;
  return { write: (head, produce) => (size = streamToFile(path, head, produce)), bytes: () => size };
}

async function exportExcerpts(
  input: ExcerptsInput,
  project: WorkerProject,
  control: JobControl,
): Promise<ExportedFile> {
  control.progress(0, 0, project.name);
  const memory = inMemory();
  const step = streamStep(control, EXCERPTS_PER_STEP, project.name);
  const { fileName, mimeType, total } = await writeExcerptsExport(
    project.db,
    project.name,
    input,
    memory.write,
    step,
  );
  control.progress(total, total, fileName);
  const bytes = memory.bytes();
  return input.format === 'docx'
    ? { fileName, mimeType, content: bytes.toString('base64'), encoding: 'base64' }
    : { fileName, mimeType, content: bytes.toString('utf8') };
}

async function exportExcerptsToFile(
  { out, ...input }: ExcerptsInput & { readonly out: string },
  project: WorkerProject,
  control: JobControl,
): Promise<WrittenFile> {
  control.progress(0, 0, project.name);
  const file = toFile(out);
  const step = streamStep(control, EXCERPTS_PER_STEP, project.name);
  const { fileName, total } = await writeExcerptsExport(project.db, project.name, input, file.write, step);
  control.progress(total, total, fileName);
  return { fileName, path: out, bytes: file.bytes() };
}

/**
 * One read transaction: the passes over documents, segments and codings see one project.
 * The .qdpx writer, and the import pipeline below, are loaded by the task that needs them:
 * a worker runs one task, and loading every task's modules was a third of the CPU time of
 * a 20,000-coding CSV export run from a worker (profiled).
 */
async function writeProjectQdpx(project: WorkerProject, control: JobControl, write: WriteTo): Promise<void> {
  const { writeQdpx } = await import('../../exchange/refi/projectStream.ts');
  control.progress(0, 0, project.name);
  const step = streamStep(control, DOCUMENTS_PER_STEP, project.name);
  const head = { fileName: qdpxFileName(project.name), mimeType: QDPX_MIME };
  readSnapshot(project.db, () => write(head, (sink) => writeQdpx(project.db, project.name, sink, step)));
}

async function exportQdpx(
  _input: unknown,
  project: WorkerProject,
  control: JobControl,
): Promise<ExportedFile> {
  const memory = inMemory();
  await writeProjectQdpx(project, control, memory.write);
  return {
    fileName: qdpxFileName(project.name),
    mimeType: QDPX_MIME,
    content: memory.bytes().toString('base64'),
    encoding: 'base64',
  };
}

async function exportQdpxToFile(
  { out }: { readonly out: string },
  project: WorkerProject,
  control: JobControl,
): Promise<WrittenFile> {
  const file = toFile(out);
  await writeProjectQdpx(project, control, file.write);
  return { fileName: qdpxFileName(project.name), path: out, bytes: file.bytes() };
}

/** The codebook is small: made whole, then written to the chosen path if not stopped meanwhile. */
async function exportCodebookToFile(
  { out, ...input }: CodebookInput & { readonly out: string },
  project: WorkerProject,
  control: JobControl,
): Promise<WrittenFile> {
  control.progress(0, 1, project.name);
  const file = await codebookFile(project.db, project.name, input);
  if (control.cancelled) throw new JobCancelled();
  const written = writeExportedFile(file, out);
  control.progress(1, 1, file.fileName);
  return written;
}

type BatchInput = ParsedInputOf<'documents/importBatch'>;

async function importDocuments(
  input: BatchInput,
  project: WorkerProject,
  control: JobControl,
): Promise<ImportBatchReport> {
  const { importBatch } = await import('../../documents/importBatch.ts');
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
 * writeTransaction) or only to read (exports: read-only, blind-mode aware). `writesFile`:
 * an export streamed to a path, which on cancel must stop by itself, to remove the file it
 * was writing, rather than be stopped at once.
 */
export const workerTasks = {
  excerpts: { writes: false, writesFile: false, run: exportExcerpts },
  excerptsToFile: { writes: false, writesFile: true, run: exportExcerptsToFile },
  qdpx: { writes: false, writesFile: false, run: exportQdpx },
  qdpxToFile: { writes: false, writesFile: true, run: exportQdpxToFile },
  codebookToFile: { writes: false, writesFile: true, run: exportCodebookToFile },
  importBatch: { writes: true, writesFile: false, run: importDocuments },
} as const;

export type WorkerTaskName = keyof typeof workerTasks;
export type WorkerTaskInput<K extends WorkerTaskName> = Parameters<(typeof workerTasks)[K]['run']>[0];
export type WorkerTaskOutput<K extends WorkerTaskName> = Awaited<ReturnType<(typeof workerTasks)[K]['run']>>;

import { listCodes, readSnapshot, withBatchPageCache, type Db } from '../../db/index.ts';
import type { ParsedInputOf } from '../contract/api.ts';
import { parseCitationParts } from './citation.ts';
import { buildExcerptModel, type ModelOptions } from './excerptModel.ts';
import { oneCodeName, planExcerpts } from './excerptPlan.ts';
import { writeExcerptsCsv } from './excerptsCsv.ts';
import { writeExcerptsDocx } from './excerptsDocxStream.ts';
import { excerptsDocxSkeleton } from './docxLazy.ts';
import { excerptsToHtml } from './excerptsHtml.ts';
import { excerptsToMarkdown } from './excerptsMarkdown.ts';
import type { ByteSink } from './stream/byteSink.ts';
import type { DownloadHead } from './stream/downloadTarget.ts';
import type { ExportStep } from './stream/textSink.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const EXPORT_MIME = {
  md: 'text/markdown',
  html: 'text/html',
  csv: 'text/csv',
  docx: DOCX_MIME,
} as const;

// Pure, so that the interface proposes the same name in the desktop app's save dialog.
import { exportFileName } from '../contract/exportFileName.ts';
export { exportFileName, safeFileName } from '../contract/exportFileName.ts';

export type ExcerptsInput = ParsedInputOf<'exports/excerpts'>;

export function chosenCodes(input: ExcerptsInput): number[] {
  return [...new Set([...(input.codeId !== undefined ? [input.codeId] : []), ...(input.codeIds ?? [])])];
}

/** The model's options of an export; codeId (older callers) and codeIds add up. */
function modelOptions(input: ExcerptsInput): ModelOptions {
  return {
    language: input.language ?? 'en',
    groupBy: input.groupBy,
    codeIds: chosenCodes(input),
    parts: input.citation ? parseCitationParts(input.citation) : undefined,
    includeMemos: input.includeMemos,
    quoteMarks: input.quoteMarks,
    exactQuotes: input.exactQuotes,
  };
}

/**
 * One chosen code names the file after it, however its excerpts are grouped: the dialog of
 * "Export excerpts of «code»…" opens with the grouping last used, by case or document too.
 */
function excerptsFileName(input: ExcerptsInput, projectName: string, codeName: string | null): string {
  return exportFileName(
    projectName,
    codeName !== null ? { name: codeName } : 'excerpts',
    input.language ?? 'en',
    input.format,
  );
}

/**
 * Where an export's bytes go: `write` gets the file's name and type and the function that
 * writes the bytes to a sink, and runs it on a sink in memory (a download in JSON), on a
 * file written atomically (a path) or on a download target (the web shell's response).
 */
export type WriteTo = (head: DownloadHead, produce: (sink: ByteSink) => void) => void;

/** What an excerpt export wrote. */
export interface WrittenExcerpts {
  readonly fileName: string;
  readonly mimeType: string;
  /** Excerpts written. */
  readonly total: number;
}

/**
 * Writes an excerpt export. CSV and Word stream: the plan (groups and coding ids, in one
 * read transaction with the writing) is laid out a few hundred excerpts at a time, each
 * row or paragraph to the sink as it is made. Markdown and HTML are laid out from the
 * whole model. `step` runs after each excerpt (progress; a cancel thrown from it stops
 * the export, and a file being written is removed).
 */
export async function writeExcerptsExport(
  db: Db,
  projectName: string,
  input: ExcerptsInput,
  write: WriteTo,
  step: ExportStep,
): Promise<WrittenExcerpts> {
  const options = modelOptions(input);
  const mimeType = EXPORT_MIME[input.format];
  if (input.format === 'csv' || input.format === 'docx') {
    // The Word frame, titled after the one code exported if so, is made (asynchronously, by
    // the docx library) before the read transaction.
    const skeleton =
      input.format === 'docx'
        ? await excerptsDocxSkeleton(
            options.language,
            projectName,
            oneCodeName(listCodes(db), options.codeIds),
          )
        : null;
    // A larger page cache while it runs: a chunk's codings lie all over the codings table, and
    // with SQLite's default 2 MiB each chunk read its pages from the file again (profiled at 10x).
    return withBatchPageCache(db, () =>
      readSnapshot(db, () => {
        const plan = planExcerpts(db, projectName, options);
        const fileName = excerptsFileName(input, projectName, plan.codeName);
        write({ fileName, mimeType }, (sink) =>
          skeleton === null
            ? writeExcerptsCsv(plan, input.csvCells ?? 'exact', sink, step)
            : writeExcerptsDocx(plan, skeleton, sink, step),
        );
        return { fileName, mimeType, total: plan.total };
      }),
    );
  }
  // One read transaction: edits committed while the model is read cannot give a file half
  // old, half new.
  const model = readSnapshot(db, () => buildExcerptModel(db, projectName, options));
  let done = 0;
  const tick = (): Promise<void> => {
    step(++done, model.total);
    return Promise.resolve();
  };
  const content =
    input.format === 'html' ? await excerptsToHtml(model, tick) : await excerptsToMarkdown(model, tick);
  const fileName = excerptsFileName(input, projectName, model.codeName);
  write({ fileName, mimeType }, (sink) => sink.write(Buffer.from(content, 'utf8')));
  return { fileName, mimeType, total: model.total };
}

import { listAnchorExamples, listCodes, listExcerptsByIds } from '../../db/index.ts';
import type { ExcerptText, ExportedFile } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { excerptsWithTurns } from '../analysis/excerptTurns.ts';
import { excerptFormatter } from '../exports/excerptFormat.ts';
import type { ParsedInputOf } from '../contract/api.ts';
import { DEFAULT_CITATION, parseCitationParts } from '../exports/citation.ts';
import { codebookToDocx } from '../exports/docxLazy.ts';
import { codebookToCsv, codebookToMarkdown } from '../exports/codebookExport.ts';
import { buildExcerptModel, noTick, type ExcerptModel, type ExportTick } from '../exports/excerptModel.ts';
import { excerptsToCsv } from '../exports/excerptsCsv.ts';
import { excerptsToDocx } from '../exports/docxLazy.ts';
import { excerptsToHtml } from '../exports/excerptsHtml.ts';
import { excerptsToMarkdown } from '../exports/excerptsMarkdown.ts';
import { JobCancelled, yieldToEventLoop, type JobControl } from '../jobs/registry.ts';
import type { ProjectSession } from '../session.ts';
import { read, type OperationGroup } from './registry.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MIME = { md: 'text/markdown', html: 'text/html', csv: 'text/csv', docx: DOCX_MIME } as const;

/** Yield to the event loop (status and cancel calls) every this many excerpts of a job. */
const EXCERPTS_PER_STEP = 100;

function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/gu, '') || 'export';
}

type ExcerptsInput = ParsedInputOf<'exports/excerpts'>;

function modelOf(input: ExcerptsInput, session: ProjectSession): ExcerptModel {
  // codeId (older callers) and codeIds add up; an unknown code is a NOT_FOUND error.
  return buildExcerptModel(session.db(), session.name ?? 'Verbatim', {
    language: input.language ?? 'en',
    groupBy: input.groupBy,
    codeIds: chosenCodes(input),
    parts: input.citation ? parseCitationParts(input.citation) : undefined,
    includeMemos: input.includeMemos,
    quoteMarks: input.quoteMarks,
    exactQuotes: input.exactQuotes,
  });
}

/** Lays the model out in the chosen format; `tick` runs after each excerpt. */
async function writeExcerpts(
  { format, csvCells }: ExcerptsInput,
  model: ExcerptModel,
  codeIds: readonly number[],
  tick: ExportTick,
): Promise<ExportedFile> {
  // One chosen code names the file after it, as the single-code export always did.
  const only = codeIds.length === 1 && model.groupBy === 'code' ? model.groups[0]?.title : undefined;
  const fileName = `${safeFileName(model.projectName)}-${only !== undefined ? safeFileName(only) : 'excerpts'}.${format}`;
  if (format === 'docx') {
    const bytes = await excerptsToDocx(model, tick);
    return { fileName, mimeType: MIME.docx, content: bytes.toString('base64'), encoding: 'base64' };
  }
  const content =
    format === 'html'
      ? await excerptsToHtml(model, tick)
      : format === 'csv'
        ? await excerptsToCsv(model, csvCells ?? 'exact', tick)
        : await excerptsToMarkdown(model, tick);
  return { fileName, mimeType: MIME[format], content };
}

function chosenCodes(input: ExcerptsInput): number[] {
  return [...new Set([...(input.codeId !== undefined ? [input.codeId] : []), ...(input.codeIds ?? [])])];
}

/** The tick of an export job: progress after each excerpt, a yield and a cancel check every step. */
function jobTick(control: JobControl, total: number, label: string): ExportTick {
  let done = 0;
  return async () => {
    done += 1;
    if (done % EXCERPTS_PER_STEP !== 0 && done !== total) return;
    control.progress(done, total, label);
    await yieldToEventLoop();
    if (control.cancelled) throw new JobCancelled();
  };
}

export const exportOperations = {
  'exports/excerptText': read(
    ({ codingId, language, citation, quoteMarks, exactQuotes }, session): ExcerptText => {
      const db = session.db();
      const [excerpt] = listExcerptsByIds(db, [codingId]).map(excerptsWithTurns(db));
      if (!excerpt)
        throw new AppError('NOT_FOUND', `There is no coding with id ${codingId} in this project.`);
      const { toModel } = excerptFormatter(db, {
        language: language ?? 'en',
        parts: citation ? parseCitationParts(citation) : DEFAULT_CITATION,
        quoteMarks: quoteMarks ?? true,
        exactQuotes,
      });
      const shown = toModel(excerpt);
      return { text: shown.citation ? `${shown.shown}\n— ${shown.citation}` : shown.shown };
    },
  ),
  'exports/excerpts': read((input, session): Promise<ExportedFile> =>
    writeExcerpts(input, modelOf(input, session), chosenCodes(input), noTick),
  ),
  'exports/excerptsJob': read((input, session) => {
    // The model is read at once, in this call: the job then only lays it out, so edits made
    // while it runs cannot give a file half old, half new.
    const model = modelOf(input, session);
    return {
      jobId: session.jobs.start('export', async (control) => {
        control.progress(0, model.total, model.projectName);
        await yieldToEventLoop();
        const tick = jobTick(control, model.total, model.projectName);
        const file = await writeExcerpts(input, model, chosenCodes(input), tick);
        control.progress(model.total, model.total, file.fileName);
        return file;
      }),
    };
  }),
  'exports/codebook': read(async ({ format, language, csvCells }, session): Promise<ExportedFile> => {
    const db = session.db();
    const codes = listCodes(db);
    const examples = listAnchorExamples(db);
    const projectName = session.name ?? 'Verbatim';
    const fileName = `${safeFileName(projectName)}-codebook.${format}`;
    if (format === 'docx') {
      const bytes = await codebookToDocx(projectName, codes, examples, language ?? 'en');
      return { fileName, mimeType: MIME.docx, content: bytes.toString('base64'), encoding: 'base64' };
    }
    return format === 'csv'
      ? { fileName, mimeType: 'text/csv', content: codebookToCsv(codes, examples, csvCells ?? 'exact') }
      : {
          fileName,
          mimeType: 'text/markdown',
          content: codebookToMarkdown(projectName, codes, examples, language ?? 'en'),
        };
  }),
} satisfies OperationGroup;

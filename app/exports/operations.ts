import { listExcerptsByIds } from '../../db/index.ts';
import type { ExcerptText, ExportedFile, WrittenFile } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { excerptsWithTurns } from '../analysis/excerptTurns.ts';
import { excerptFormatter } from '../exports/excerptFormat.ts';
import { DEFAULT_CITATION, parseCitationParts } from '../exports/citation.ts';
import { codebookFile } from './codebookFile.ts';
import { runInWorker, runSized } from '../jobs/worker/runInWorker.ts';
import { exportFileJob } from './fileToPath.ts';
import { matrixFile } from './matrixFile.ts';
import { read, type OperationGroup } from '../registration/registry.ts';

export const exportOperations = {
  'exports/excerptText': read(
    ({ codingId, language, citation, quoteMarks, exactQuotes }, session): ExcerptText => {
      const db = session.db();
      const [excerpt] = listExcerptsByIds(db, [codingId]).map(excerptsWithTurns(db));
      if (!excerpt)
        throw new AppError('NOT_FOUND', `There is no coding with id ${codingId} in this project.`, {
          key: 'codingNotFound',
          params: { id: codingId },
        });
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
  // In a worker thread (app/jobs/worker/), so this thread answers other calls meanwhile; a
  // direct export of a small project runs here (runSized). In blind mode the worker reads
  // through the same blind reader as every read.
  'exports/excerpts': read((input, session): Promise<ExportedFile> => runSized('excerpts', input, session)),
  // Streamed to the path the command line was given: rows or paragraphs go to a private file
  // beside it as they are read, renamed into place when whole.
  'exports/excerptsToFile': read(
    (input, session): Promise<WrittenFile> => runSized('excerptsToFile', input, session),
    { transports: ['cli'] },
  ),
  // The desktop app's export to the file chosen in its save dialog (a handle main resolved):
  // streamed by the same worker task, with progress and cancel; a cancel removes the file.
  'exports/excerptsToFileJob': read(
    (input, session) => ({
      jobId: session.jobs.start('export', (control, signal) =>
        runInWorker('excerptsToFile', input, session, control, signal),
      ),
    }),
    { transports: ['electron', 'cli'] },
  ),
  'exports/excerptsJob': read((input, session) => ({
    jobId: session.jobs.start('export', (control, signal) =>
      runInWorker('excerpts', input, session, control, signal),
    ),
  })),
  'exports/codebook': read((input, session): Promise<ExportedFile> =>
    codebookFile(session.db(), session.name ?? 'Verbatim', input),
  ),
  // The desktop app's codebook to the file chosen in its save dialog, as a job like the others.
  'exports/codebookToFileJob': read(
    (input, session) => ({
      jobId: session.jobs.start('export', (control, signal) =>
        runInWorker('codebookToFile', input, session, control, signal),
      ),
    }),
    { transports: ['electron', 'cli'] },
  ),
  // The matrix of analysis/matrix, as a spreadsheet.
  'exports/matrix': read((input, session): Promise<ExportedFile> => matrixFile(session.db(), input)),
  // The desktop app's matrix to the file chosen in its save dialog, as a job like the others.
  'exports/matrixToFileJob': read(
    ({ out, ...input }, session) => exportFileJob(session, out, () => matrixFile(session.db(), input)),
    { transports: ['electron', 'cli'] },
  ),
} satisfies OperationGroup;

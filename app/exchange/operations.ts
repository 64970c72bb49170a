import { basename } from 'node:path';
import {
  emptySnapshot,
  listCodes,
  listSets,
  readProjectSnapshot,
  type ProjectSnapshot,
  writeTransaction,
} from '../../db/index.ts';
import type { ExchangeImportReport, ExportedFile, WrittenFile } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { qdcFileName } from '../contract/exportFileName.ts';
import { exportFileJob } from '../exports/fileToPath.ts';
import { buildCodebookXml, readCodebookXml } from '../exchange/refi/codebookXml.ts';
import { readRefiProject, type RefiImportReport } from '../exchange/refi/readProject.ts';
import { paintUncolouredCodes } from '../exchange/refi/codeColours.ts';
import { applyRefiSets, type RefiSet } from '../exchange/refi/refiSets.ts';
import { recordBulk } from '../history/record.ts';
import { runInWorker, runSized } from '../jobs/worker/runInWorker.ts';
import { mergeWithIds } from '../merge/mergeSnapshot.ts';
import type { ProjectSession } from '../session.ts';
import { ownTransaction, read, type OperationGroup } from '../registration/registry.ts';

function projectName(session: ProjectSession): string {
  return session.path ? basename(session.path).replace(/\.verbatim$/u, '') : 'project';
}

/** The codebook as a REFI-QDA .qdc. */
function qdcFile(session: ProjectSession): ExportedFile {
  return {
    fileName: qdcFileName(projectName(session)),
    mimeType: 'application/xml',
    content: buildCodebookXml(readProjectSnapshot(session.db()).codes, listSets(session.db(), 'code')),
  };
}

/**
 * Brings a REFI snapshot in as a merge: by GUID, in one transaction, the same file twice
 * changes nothing. Its `uncoloured` codes get palette colours the project does not use yet.
 */
function mergeIn(
  session: ProjectSession,
  fileName: string,
  read: { snapshot: ProjectSnapshot; sets: readonly RefiSet[]; uncoloured: ReadonlySet<number> },
  report: RefiImportReport,
): ExchangeImportReport {
  const { snapshot, sets, uncoloured } = read;
  const db = session.db();
  // Sets are placed after the merge, through its mapping (a code matched by name has another
  // GUID here), in the same transaction: a failure leaves the project as it was. The whole
  // import is one history event, so it can be undone and redone.
  const description = {
    kind: 'exchange.import',
    phrase: { key: 'exchangeImport', values: { name: fileName } },
    coder: session.coder.name,
  } as const;
  const { merged, placed } = writeTransaction(db, () =>
    recordBulk(db, description, (updates) => {
      const projectColours = listCodes(db).map((code) => code.color);
      const codes = paintUncolouredCodes(snapshot.codes, uncoloured, projectColours);
      const outcome = mergeWithIds(db, { ...snapshot, codes }, {}, updates);
      return { merged: outcome, placed: applyRefiSets(db, sets, outcome) };
    }),
  );
  return {
    ...report,
    kept: { ...report.kept, sets: placed.sets },
    skipped: [...report.skipped, ...placed.skipped],
    warnings: [...report.warnings, ...merged.notes],
    added: merged.report.added,
    matched: merged.report.matched,
    conflicts: merged.report.conflicts,
  };
}

export const exchangeOperations = {
  // A coder's .qdpx in blind mode carries that coder's codings only (a read on the blind
  // reader, which the worker opens too); the lead exports the whole project with blind mode
  // off. A large project is written by a worker thread (app/jobs/worker/): other calls are
  // answered meanwhile.
  'exchange/exportProject': read((_input, session): Promise<ExportedFile> => runSized('qdpx', {}, session)),
  'exchange/exportProjectJob': read((_input, session) => ({
    jobId: session.jobs.start('export', (control, signal) =>
      runInWorker('qdpx', {}, session, control, signal),
    ),
  })),
  // Streamed to the path the command line was given, written atomically.
  'exchange/exportProjectToFile': read(
    ({ out }, session): Promise<WrittenFile> => runSized('qdpxToFile', { out }, session),
    { transports: ['cli'] },
  ),
  // The desktop app's .qdpx to the file chosen in its save dialog, as a job (progress, cancel).
  'exchange/exportProjectToFileJob': read(
    ({ out }, session) => ({
      jobId: session.jobs.start('export', (control, signal) =>
        runInWorker('qdpxToFile', { out }, session, control, signal),
      ),
    }),
    { transports: ['electron', 'cli'] },
  ),
  'exchange/exportCodebook': read((_input, session): ExportedFile => qdcFile(session)),
  // The desktop app's .qdc to the file chosen in its save dialog, as a job like the others.
  'exchange/exportCodebookToFileJob': read(
    ({ out }, session) => exportFileJob(session, out, () => qdcFile(session)),
    {
      transports: ['electron', 'cli'],
    },
  ),
  'exchange/importProject': ownTransaction(
    'An import is a merge, recorded as one bulk event (recordBulk), not row by row.',
    ({ name, base64 }, session) => {
      if (!/\.(qdpx|zip)$/iu.test(name))
        throw new AppError(
          'BAD_FILE',
          `${name}: import REFI-QDA projects as .qdpx files (or a .qdpx renamed .zip).`,
          { key: 'qdpxExpected', params: { file: name } },
        );
      const { report, ...read } = readRefiProject(name, Buffer.from(base64, 'base64'));
      return mergeIn(session, name, read, report);
    },
  ),
  'exchange/importCodebook': ownTransaction(
    'An import is a merge, recorded as one bulk event (recordBulk), not row by row.',
    ({ name, base64 }, session) => {
      const { codes, sets, uncoloured, warnings } = readCodebookXml(
        name,
        Buffer.from(base64, 'base64').toString('utf8'),
      );
      return mergeIn(
        session,
        name,
        { snapshot: { ...emptySnapshot(), codes }, sets, uncoloured },
        {
          kept: { documents: 0, codes: codes.length, codings: 0, memos: 0, cases: 0, users: 0, sets: 0 },
          skipped: [],
          positions: 'none',
          positionsDecidedBy: 'none',
          warnings,
          coders: [],
        },
      );
    },
  ),
} satisfies OperationGroup;

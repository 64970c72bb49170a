import type { ExportedFile, StartedJob, WrittenFile } from '../contract/types.ts';
import { JobCancelled } from '../jobs/registry.ts';
import type { ProjectSession } from '../session.ts';
import { streamToFile } from './stream/byteSink.ts';

/**
 * Writes a file made whole in memory (a codebook, a matrix, a summary grid: small files) to
 * `out`: a path, written atomically, or the web shell's download that `out` names.
 */
export function writeExportedFile(file: ExportedFile, out: string): WrittenFile {
  const bytes = Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');
  const size = streamToFile(out, file, (sink) => sink.write(bytes));
  return { fileName: file.fileName, path: out, bytes: size };
}

/**
 * A small export as a job writing the file chosen in the desktop app's save dialog, as
 * the large ones do: nothing comes back through the page. It runs on this thread (a
 * matrix reads the session's analysis cache); the file is written unless stopped meanwhile.
 */
export function exportFileJob(
  session: ProjectSession,
  out: string,
  make: () => ExportedFile | Promise<ExportedFile>,
): StartedJob {
  return {
    jobId: session.jobs.start('export', async (control) => {
      control.progress(0, 1, session.name ?? 'Verbatim');
      const file = await make();
      if (control.cancelled) throw new JobCancelled();
      const written = writeExportedFile(file, out);
      control.progress(1, 1, file.fileName);
      return written;
    }),
  };
}

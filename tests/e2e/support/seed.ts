import { join } from 'node:path';
import type { DocumentDetail } from '../../../app/contract/index.ts';
import type { E2eApp } from './app.ts';
import { FRENCH_NAME, TIMESTAMPED_NAME, transcriptFiles } from './transcripts.ts';

export interface SeededProject {
  readonly path: string;
  readonly french: DocumentDetail;
  readonly timestamped: DocumentDetail;
}

/** A project with the two test transcripts, made through the API (for files that test other things). */
export async function seedProject(app: E2eApp): Promise<SeededProject> {
  const path = join(app.dir, 'study.verbatim');
  await app.api('project/create', { path });
  const report = await app.api('documents/importFiles', {
    files: transcriptFiles().map((file) => ({ name: file.name, base64: file.buffer.toString('base64') })),
  });
  const idOf = (fileName: string): number => {
    const index = transcriptFiles().findIndex((file) => file.name === fileName);
    const imported = report.imported[index];
    if (!imported) throw new Error(`${fileName} was not imported: ${JSON.stringify(report.failed)}`);
    return imported.id;
  };
  return {
    path,
    french: await app.api('documents/get', { id: idOf(FRENCH_NAME) }),
    timestamped: await app.api('documents/get', { id: idOf(TIMESTAMPED_NAME) }),
  };
}

/** [start, end) of the first occurrence of `quote` in a document's canonical text. */
export function rangeOf(
  document: DocumentDetail,
  quote: string,
  occurrence = 0,
): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = document.text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in ${document.name}`);
  return { start, end: start + quote.length };
}

import { listAnchorExamples, listCodes, type Db } from '../../db/index.ts';
import type { ParsedInputOf } from '../contract/api.ts';
import type { ExportedFile } from '../contract/types.ts';
import { codebookToCsv, codebookToMarkdown } from './codebookExport.ts';
import { codebookToDocx } from './docxLazy.ts';
import { EXPORT_MIME, exportFileName } from './excerptsFile.ts';

export type CodebookInput = ParsedInputOf<'exports/codebook'>;

/**
 * The codebook for a paper's appendix as a file: for the interface to download
 * (exports/codebook) or for a job to write where the desktop app's user chose.
 */
export async function codebookFile(
  db: Db,
  projectName: string,
  { format, language, csvCells }: CodebookInput,
): Promise<ExportedFile> {
  const codes = listCodes(db);
  const examples = listAnchorExamples(db);
  const fileName = exportFileName(projectName, 'codebook', language ?? 'en', format);
  if (format === 'docx') {
    const bytes = await codebookToDocx(projectName, codes, examples, language ?? 'en');
    return { fileName, mimeType: EXPORT_MIME.docx, content: bytes.toString('base64'), encoding: 'base64' };
  }
  return format === 'csv'
    ? {
        fileName,
        mimeType: 'text/csv',
        content: codebookToCsv(codes, examples, csvCells ?? 'exact', language ?? 'en'),
      }
    : {
        fileName,
        mimeType: 'text/markdown',
        content: codebookToMarkdown(projectName, codes, examples, language ?? 'en'),
      };
}

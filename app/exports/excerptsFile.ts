import type { Db } from '../../db/index.ts';
import type { ParsedInputOf } from '../contract/api.ts';
import type { ExportedFile, ExportLanguage } from '../contract/types.ts';
import { parseCitationParts } from './citation.ts';
import { buildExcerptModel, type ExcerptModel, type ExportTick } from './excerptModel.ts';
import { excerptsToCsv } from './excerptsCsv.ts';
import { excerptsToDocx } from './docxLazy.ts';
import { excerptsToHtml } from './excerptsHtml.ts';
import { excerptsToMarkdown } from './excerptsMarkdown.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const EXPORT_MIME = {
  md: 'text/markdown',
  html: 'text/html',
  csv: 'text/csv',
  docx: DOCX_MIME,
} as const;

export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/gu, '') || 'export';
}

/** The word that names an export file, in the export's language (issue 14, trap 8). */
const FILE_WORDS = {
  excerpts: { en: 'excerpts', fr: 'extraits' },
  codebook: { en: 'codebook', fr: 'grille-de-codes' },
} as const satisfies Record<string, Record<ExportLanguage, string>>;

/** "projet-extraits.docx": the project's name, then what the file holds, in `language`. */
export function exportFileName(
  projectName: string,
  what: keyof typeof FILE_WORDS | { readonly name: string },
  language: ExportLanguage,
  format: string,
): string {
  const word = typeof what === 'string' ? FILE_WORDS[what][language] : safeFileName(what.name);
  return `${safeFileName(projectName)}-${word}.${format}`;
}

export type ExcerptsInput = ParsedInputOf<'exports/excerpts'>;

export function chosenCodes(input: ExcerptsInput): number[] {
  return [...new Set([...(input.codeId !== undefined ? [input.codeId] : []), ...(input.codeIds ?? [])])];
}

/** Reads the excerpt model of an export; codeId (older callers) and codeIds add up; an unknown code is NOT_FOUND. */
export function excerptModelOf(db: Db, projectName: string, input: ExcerptsInput): ExcerptModel {
  return buildExcerptModel(db, projectName, {
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
export async function writeExcerpts(
  input: ExcerptsInput,
  model: ExcerptModel,
  tick: ExportTick,
): Promise<ExportedFile> {
  const { format, csvCells } = input;
  const codeIds = chosenCodes(input);
  // One chosen code names the file after it, as the single-code export always did.
  const only = codeIds.length === 1 && model.groupBy === 'code' ? model.groups[0]?.title : undefined;
  const fileName = exportFileName(
    model.projectName,
    only !== undefined ? { name: only } : 'excerpts',
    input.language ?? 'en',
    format,
  );
  if (format === 'docx') {
    const bytes = await excerptsToDocx(model, tick);
    return { fileName, mimeType: EXPORT_MIME.docx, content: bytes.toString('base64'), encoding: 'base64' };
  }
  const content =
    format === 'html'
      ? await excerptsToHtml(model, tick)
      : format === 'csv'
        ? await excerptsToCsv(model, csvCells ?? 'exact', tick)
        : await excerptsToMarkdown(model, tick);
  return { fileName, mimeType: EXPORT_MIME[format], content };
}

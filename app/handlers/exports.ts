import { listAllExcerpts, listCodes, listExcerptsOfCode, type Db } from '../../db/index.ts';
import type { Excerpt, ExportedFile } from '../contract/types.ts';
import { citationOf, DEFAULT_CITATION, parseCitationParts, type CaseContext } from '../exports/citation.ts';
import { codebookToCsv, codebookToMarkdown } from '../exports/codebookExport.ts';
import { excerptsToCsv } from '../exports/excerptsCsv.ts';
import { excerptsToDocx } from '../exports/excerptsDocx.ts';
import { excerptsToHtml } from '../exports/excerptsHtml.ts';
import { casesTable } from './cases.ts';
import { excerptsToMarkdown, type ExcerptGroup } from '../exports/excerptsMarkdown.ts';
import { requireCode } from './codes.ts';
import type { HandlerGroup } from './registry.ts';

function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/gu, '') || 'export';
}

/** Each document's case and its attribute values by name (a document in several cases: the first). */
function caseContexts(db: Db): Map<number, CaseContext> {
  const table = casesTable(db);
  const attributeName = new Map(table.attributes.map((attribute) => [attribute.id, attribute.name]));
  const contexts = new Map<number, CaseContext>();
  for (const row of table.cases) {
    const values = new Map(
      Object.entries(row.values).map(([id, value]) => [attributeName.get(Number(id)) ?? '', value] as const),
    );
    for (const documentId of row.documentIds) {
      if (!contexts.has(documentId)) contexts.set(documentId, { caseName: row.name, values });
    }
  }
  return contexts;
}

/** Regroups excerpts by case or document; within a group, in document order. */
function regroup(
  excerpts: readonly Excerpt[],
  by: 'case' | 'document',
  contexts: ReadonlyMap<number, CaseContext>,
  noCase: string,
): ExcerptGroup[] {
  const groups = new Map<string, Excerpt[]>();
  for (const excerpt of excerpts) {
    const key = by === 'case' ? (contexts.get(excerpt.documentId)?.caseName ?? noCase) : excerpt.documentName;
    groups.set(key, [...(groups.get(key) ?? []), excerpt]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([codeName, list]) => ({
      codeName,
      excerpts: [...list].sort((x, y) => x.documentName.localeCompare(y.documentName) || x.start - y.start),
    }));
}

const MIME = { md: 'text/markdown', html: 'text/html', csv: 'text/csv' } as const;

export const exportHandlers: HandlerGroup = {
  'exports/excerpts': async (
    { format, codeId, language: chosen, citation, groupBy },
    session,
  ): Promise<ExportedFile> => {
    const db = session.db();
    const language = chosen ?? 'en';
    let groups: ExcerptGroup[];
    if (codeId !== undefined) {
      const code = requireCode(db, codeId);
      groups = [{ codeName: code.name, excerpts: listExcerptsOfCode(db, codeId) }];
    } else {
      const all = listAllExcerpts(db);
      groups = listCodes(db)
        .map((code) => ({
          codeName: code.name,
          excerpts: all.filter((excerpt) => excerpt.codeId === code.id),
        }))
        .sort((x, y) => x.codeName.localeCompare(y.codeName));
    }
    const contexts = caseContexts(db);
    const by = groupBy ?? 'code';
    if (by !== 'code') {
      groups = regroup(
        groups.flatMap((group) => group.excerpts),
        by,
        contexts,
        language === 'fr' ? 'Sans cas' : 'No case',
      );
    }
    // Grouped by case or document, each excerpt must say its code.
    const parts = citation
      ? parseCitationParts(citation)
      : by === 'code'
        ? DEFAULT_CITATION
        : ['code' as const, ...DEFAULT_CITATION];
    const cite = (excerpt: Excerpt): string =>
      citationOf(excerpt, language, parts, contexts.get(excerpt.documentId));
    const projectName = session.name ?? 'Verbatim';
    const baseName = `${safeFileName(projectName)}-${codeId !== undefined ? safeFileName(groups[0]?.codeName ?? '') : 'excerpts'}`;
    if (format === 'docx') {
      return {
        fileName: `${baseName}.docx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        content: (await excerptsToDocx(projectName, groups, language, cite)).toString('base64'),
        encoding: 'base64',
      };
    }
    const content =
      format === 'html'
        ? excerptsToHtml(projectName, groups, language, cite)
        : format === 'csv'
          ? excerptsToCsv(groups, cite, (documentId) => contexts.get(documentId))
          : excerptsToMarkdown(projectName, groups, language, cite);
    return {
      fileName: `${safeFileName(projectName)}-${codeId !== undefined ? safeFileName(groups[0]?.codeName ?? '') : 'excerpts'}.${format}`,
      mimeType: MIME[format],
      content,
    };
  },
  'exports/codebook': ({ format, language }, session): ExportedFile => {
    const db = session.db();
    const codes = listCodes(db);
    const quotes = new Map(listAllExcerpts(db).map((excerpt) => [excerpt.codingId, excerpt.quote]));
    const examples = new Map(
      codes.flatMap((code) => {
        const quote = code.exampleCodingId === null ? undefined : quotes.get(code.exampleCodingId);
        return quote === undefined ? [] : [[code.id, quote] as const];
      }),
    );
    const projectName = session.name ?? 'Verbatim';
    return format === 'csv'
      ? {
          fileName: `${safeFileName(projectName)}-codebook.csv`,
          mimeType: 'text/csv',
          content: codebookToCsv(codes, examples),
        }
      : {
          fileName: `${safeFileName(projectName)}-codebook.md`,
          mimeType: 'text/markdown',
          content: codebookToMarkdown(projectName, codes, examples, language ?? 'en'),
        };
  },
};

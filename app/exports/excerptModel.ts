import { listAllExcerpts, listCodes, type Db } from '../../db/index.ts';
import type { Excerpt } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { GroupBy } from '../contract/enums.ts';
import { excerptsWithTurns } from '../analysis/excerptTurns.ts';
// Aliased: `groupBy` is the grouping option here.
import { groupBy as groupRows } from '../util/groupBy.ts';
import { DEFAULT_CITATION, type CitationPart, type ExportLanguage } from './citation.ts';
import { codebookOrder } from './codebookExport.ts';
import { excerptFormatter, type ModelExcerpt } from './excerptFormat.ts';

export type { ModelExcerpt, ModelTurn } from './excerptFormat.ts';
export { quoteShower } from './excerptFormat.ts';

export type { GroupBy };

export interface ModelGroup {
  /** The code, case or document name the group is about. */
  readonly title: string;
  readonly excerpts: readonly ModelExcerpt[];
}

/**
 * What an excerpt export contains, built once from the database; the Markdown, HTML, CSV
 * and DOCX writers only lay it out, so all formats show the same excerpts, groups and lines.
 */
export interface ExcerptModel {
  readonly projectName: string;
  readonly language: ExportLanguage;
  readonly groupBy: GroupBy;
  /** Attribute names cited (the `attr:` parts, in order): CSV gives them their own columns. */
  readonly attributeNames: readonly string[];
  /** The citation, memo and quote options are already applied to each excerpt (excerptFormat.ts). */
  readonly includeMemos: boolean;
  readonly groups: readonly ModelGroup[];
  readonly total: number;
}

export interface ModelOptions {
  readonly language: ExportLanguage;
  readonly groupBy?: GroupBy | undefined;
  /** Only these codes (none given: every code). */
  readonly codeIds?: readonly number[] | undefined;
  /** The citation parts in order; absent: document, speaker, timestamp, segment (+ code when not grouped by code). */
  readonly parts?: readonly CitationPart[] | undefined;
  readonly includeMemos?: boolean | undefined;
  readonly quoteMarks?: boolean | undefined;
  readonly exactQuotes?: boolean | undefined;
}

const NO_CASE: Record<ExportLanguage, string> = { en: 'No case', fr: 'Sans cas' };

/** Names as a reader sorts them: accents and case aside, "entretien-2" before "entretien-10". */
const NAME_ORDER = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Orders excerpts by document name, then place in the document. Each document's rank is
 * computed once: comparing names for each of 100,000 excerpts' comparisons was the slowest
 * step of a large export.
 */
function byPlace(excerpts: readonly Excerpt[]): (x: Excerpt, y: Excerpt) => number {
  const documents = new Map(excerpts.map((excerpt) => [excerpt.documentId, excerpt.documentName]));
  const rank = new Map(
    [...documents]
      .sort(([idA, a], [idB, b]) => NAME_ORDER.compare(a, b) || idA - idB)
      .map(([id], index) => [id, index]),
  );
  return (x, y) => (rank.get(x.documentId) ?? 0) - (rank.get(y.documentId) ?? 0) || x.start - y.start;
}

export function buildExcerptModel(db: Db, projectName: string, options: ModelOptions): ExcerptModel {
  const { language } = options;
  const groupBy = options.groupBy ?? 'code';
  const codes = codebookOrder(listCodes(db)).map(({ code }) => code);
  const wanted = options.codeIds && options.codeIds.length > 0 ? new Set(options.codeIds) : null;
  for (const id of wanted ?? []) {
    if (!codes.some((code) => code.id === id))
      throw new AppError('NOT_FOUND', `There is no code with id ${id} in this project.`, {
        key: 'codeNotFound',
        params: { id },
      });
  }
  // Grouped by case or document, each excerpt must say its code.
  const parts =
    options.parts ?? (groupBy === 'code' ? DEFAULT_CITATION : ['code' as const, ...DEFAULT_CITATION]);
  const format = excerptFormatter(db, { ...options, parts, withCases: true });
  const withTurns = excerptsWithTurns(db);
  const excerpts = listAllExcerpts(db)
    .filter((excerpt) => wanted === null || wanted.has(excerpt.codeId))
    .map((row) => format.toModel(withTurns(row)));

  const inOrder = byPlace(excerpts);
  let groups: ModelGroup[];
  if (groupBy === 'code') {
    const byCode = groupRows(excerpts, (excerpt) => excerpt.codeId);
    // Codebook order (parents before children), as the researcher arranged the codes.
    groups = codes
      .filter((code) => wanted === null || wanted.has(code.id))
      .map((code) => ({ title: code.name, excerpts: (byCode.get(code.id) ?? []).sort(inOrder) }));
  } else {
    const byKey = groupRows(excerpts, (excerpt) =>
      groupBy === 'case' ? (excerpt.caseName ?? NO_CASE[language]) : excerpt.documentName,
    );
    groups = [...byKey]
      .sort(([a], [b]) => NAME_ORDER.compare(a, b))
      .map(([title, list]) => ({ title, excerpts: list.sort(inOrder) }));
  }
  return {
    projectName,
    language,
    groupBy,
    attributeNames: format.attributeNames,
    includeMemos: options.includeMemos ?? false,
    groups,
    total: excerpts.length,
  };
}

/**
 * Called by writers after each excerpt: lets a long export report progress, yield to the
 * event loop and stop when cancelled. Synchronous exports pass nothing.
 */
export type ExportTick = () => Promise<void>;

export const noTick: ExportTick = () => Promise.resolve();

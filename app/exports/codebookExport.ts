import { typesetFor } from './labels.ts';
import type { CodeRow } from '../../db/index.ts';
import type { ExportLanguage } from './citation.ts';
import type { CsvCells } from '../contract/types.ts';
import { csvDialect, toCsv } from './csv.ts';
import { escapeMarkdown } from './markdown.ts';

export interface CodebookLabels {
  readonly title: string;
  readonly definition: string;
  readonly inclusion: string;
  readonly exclusion: string;
  readonly example: string;
  readonly codings: (count: number) => string;
  readonly archived: string;
}

export const CODEBOOK_LABELS: Record<ExportLanguage, CodebookLabels> = {
  en: {
    title: 'Codebook',
    definition: 'Definition',
    inclusion: 'Include when',
    exclusion: 'Exclude when',
    example: 'Example',
    codings: (n) => `${n} coding${n === 1 ? '' : 's'}`,
    archived: 'archived',
  },
  fr: {
    title: 'Grille de codes',
    definition: 'Définition',
    inclusion: 'Inclure si',
    exclusion: 'Exclure si',
    example: 'Exemple',
    codings: (n) => `${n} codage${n > 1 ? 's' : ''}`,
    archived: 'archivé',
  },
};

/** Codes in tree order (parents before their children, siblings by their order), with depth. */
export function codebookOrder(codes: readonly CodeRow[]): { code: CodeRow; depth: number; path: string }[] {
  const out: { code: CodeRow; depth: number; path: string }[] = [];
  const visit = (parentId: number | null, depth: number, path: string): void => {
    const children = codes
      .filter((code) => code.parentId === parentId)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
    for (const code of children) {
      const codePath = path ? `${path} > ${code.name}` : code.name;
      out.push({ code, depth, path: codePath });
      visit(code.id, depth + 1, codePath);
    }
  };
  visit(null, 0, '');
  return out;
}

/** The codebook as Markdown: hierarchy as heading levels, definitions, criteria, example, counts. */
export function codebookToMarkdown(
  projectName: string,
  codes: readonly CodeRow[],
  examples: ReadonlyMap<number, string>,
  language: ExportLanguage,
): string {
  const labels = CODEBOOK_LABELS[language];
  // The researcher's definitions get the language's typography, as in the Word codebook.
  const typeset = typesetFor(language);
  const text = (value: string): string => escapeMarkdown(typeset(value));
  const lines = [`# ${text(`${labels.title} — ${projectName}`)}`, ''];
  for (const { code, depth } of codebookOrder(codes)) {
    const level = '#'.repeat(Math.min(6, depth + 2));
    lines.push(`${level} ${text(code.name)}`, '');
    lines.push(`*${labels.codings(code.codingCount)}${code.archived ? `, ${labels.archived}` : ''}*`, '');
    if (code.description) lines.push(`**${labels.definition}.** ${text(code.description)}`, '');
    if (code.inclusion) lines.push(`**${labels.inclusion}.** ${text(code.inclusion)}`, '');
    if (code.exclusion) lines.push(`**${labels.exclusion}.** ${text(code.exclusion)}`, '');
    const example = examples.get(code.id);
    if (example)
      lines.push(
        `**${labels.example}.**`,
        '',
        ...example.split('\n').map((line) => `> ${escapeMarkdown(line)}`),
        '',
      );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The columns' names, in English for R and Python, in French for a spreadsheet in French (csvDialect). */
const CODEBOOK_COLUMNS = {
  en: [
    'path',
    'name',
    'level',
    'colour',
    'definition',
    'inclusion',
    'exclusion',
    'example',
    'codings',
    'archived',
  ],
  fr: [
    'chemin',
    'nom',
    'niveau',
    'couleur',
    'définition',
    'inclusion',
    'exclusion',
    'exemple',
    'codages',
    'archivé',
  ],
} as const;

const YES_NO = { en: ['yes', 'no'], fr: ['oui', 'non'] } as const;

/** The codebook as CSV: one row per code, with its path in the hierarchy. */
export function codebookToCsv(
  codes: readonly CodeRow[],
  examples: ReadonlyMap<number, string>,
  cells: CsvCells,
  language: 'en' | 'fr' = 'en',
): string {
  const { separator, headers } = csvDialect(cells, language);
  const [yes, no] = YES_NO[headers];
  return toCsv(
    [
      [...CODEBOOK_COLUMNS[headers]],
      ...codebookOrder(codes).map(({ code, depth, path }) => [
        path,
        code.name,
        depth + 1,
        code.color,
        code.description,
        code.inclusion,
        code.exclusion,
        examples.get(code.id) ?? '',
        code.codingCount,
        code.archived ? yes : no,
      ]),
    ],
    cells,
    separator,
  );
}

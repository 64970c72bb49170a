import type { Excerpt } from '../contract/types.ts';
import { citationOf, type ExportLanguage } from './citation.ts';
import { escapeMarkdown } from './markdown.ts';

export type { ExportLanguage } from './citation.ts';

interface Labels {
  readonly title: string;
  readonly segment: string;
  readonly excerpts: (count: number) => string;
  readonly none: string;
}

const LABELS: Record<ExportLanguage, Labels> = {
  en: {
    title: 'Coded excerpts',
    segment: 'segment',
    excerpts: (count) => `${count} excerpt${count === 1 ? '' : 's'}`,
    none: 'No excerpts.',
  },
  fr: {
    title: 'Extraits codés',
    segment: 'segment',
    excerpts: (count) => `${count} extrait${count > 1 ? 's' : ''}`,
    none: 'Aucun extrait.',
  },
};

export interface ExcerptGroup {
  readonly codeName: string;
  readonly excerpts: readonly Excerpt[];
}

/**
 * Coded excerpts as Markdown, grouped by code: each excerpt is a block quote followed by
 * its citation. All user text is escaped so that it reads exactly as in the transcript.
 */
export function excerptsToMarkdown(
  projectName: string,
  groups: readonly ExcerptGroup[],
  language: ExportLanguage,
  cite: (excerpt: Excerpt) => string = (excerpt) => citationOf(excerpt, language),
): string {
  const labels = LABELS[language];
  const lines: string[] = [`# ${labels.title} — ${escapeMarkdown(projectName)}`, ''];
  for (const group of groups) {
    lines.push(`## ${escapeMarkdown(group.codeName)}`, '', `*${labels.excerpts(group.excerpts.length)}*`, '');
    if (group.excerpts.length === 0) lines.push(labels.none, '');
    for (const excerpt of group.excerpts) {
      for (const line of excerpt.quote.split('\n')) lines.push(`> ${escapeMarkdown(line)}`);
      lines.push('', `— ${escapeMarkdown(cite(excerpt))}`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

import type { Excerpt } from '../contract/types.ts';
import { escapeMarkdown } from './markdown.ts';

export type ExportLanguage = 'en' | 'fr';

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

/** The citation line under an excerpt: document, speaker, timestamp, segment number. */
export function citationOf(excerpt: Excerpt, language: ExportLanguage): string {
  const parts = [excerpt.documentName];
  if (excerpt.speaker) parts.push(excerpt.speaker);
  if (excerpt.timestamp) parts.push(excerpt.timestamp);
  if (excerpt.segmentOrdinal !== null)
    parts.push(`${LABELS[language].segment} ${excerpt.segmentOrdinal + 1}`);
  return parts.join(', ');
}

/**
 * Coded excerpts as Markdown, grouped by code: each excerpt is a block quote followed by
 * its citation. All user text is escaped so that it reads exactly as in the transcript.
 */
export function excerptsToMarkdown(
  projectName: string,
  groups: readonly ExcerptGroup[],
  language: ExportLanguage,
): string {
  const labels = LABELS[language];
  const lines: string[] = [`# ${labels.title} — ${escapeMarkdown(projectName)}`, ''];
  for (const group of groups) {
    lines.push(`## ${escapeMarkdown(group.codeName)}`, '', `*${labels.excerpts(group.excerpts.length)}*`, '');
    if (group.excerpts.length === 0) lines.push(labels.none, '');
    for (const excerpt of group.excerpts) {
      for (const line of excerpt.quote.split('\n')) lines.push(`> ${escapeMarkdown(line)}`);
      lines.push('', `— ${escapeMarkdown(citationOf(excerpt, language))}`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

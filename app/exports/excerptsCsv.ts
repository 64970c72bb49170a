import type { Excerpt } from '../contract/types.ts';
import type { CaseContext } from './citation.ts';
import { toCsv } from './csv.ts';
import type { ExcerptGroup } from './excerptsMarkdown.ts';

/** One row per excerpt, for a spreadsheet or R/Python: the group, the source, the quote, the citation. */
export function excerptsToCsv(
  groups: readonly ExcerptGroup[],
  cite: (excerpt: Excerpt) => string,
  caseOf: (documentId: number) => CaseContext | undefined,
): string {
  const rows: (string | number | null)[][] = [
    [
      'group',
      'code',
      'document',
      'case',
      'speaker',
      'timestamp',
      'segment',
      'start',
      'end',
      'quote',
      'citation',
    ],
  ];
  for (const group of groups) {
    for (const excerpt of group.excerpts) {
      rows.push([
        group.codeName,
        excerpt.codeName,
        excerpt.documentName,
        caseOf(excerpt.documentId)?.caseName ?? null,
        excerpt.speaker,
        excerpt.timestamp,
        excerpt.segmentOrdinal === null ? null : excerpt.segmentOrdinal + 1,
        excerpt.start,
        excerpt.end,
        excerpt.quote,
        cite(excerpt),
      ]);
    }
  }
  return toCsv(rows);
}

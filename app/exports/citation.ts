import { AppError } from '../errors.ts';
import type { ExportLanguage } from '../contract/enums.ts';
import type { Excerpt } from '../contract/types.ts';
import { CITATION_PARTS, DEFAULT_CITATION, type CitationPart } from '../contract/citationParts.ts';
import { frenchTypography } from './frenchTypography.ts';
import { turnRange, turnSpeakers } from '../text/quoteTurns.ts';

export { CITATION_PARTS, DEFAULT_CITATION, type CitationPart };

export type { ExportLanguage };

/** The case of a document and its attribute values by attribute name. */
export interface CaseContext {
  readonly caseName: string;
  readonly values: ReadonlyMap<string, string>;
}

const SEGMENT: Record<ExportLanguage, string> = { en: 'segment', fr: 'segment' };
const SEGMENTS: Record<ExportLanguage, string> = { en: 'segments', fr: 'segments' };

/**
 * A quote across turns is cited by all its speakers ("Enquêtrice / P3"), its times and
 * turns from first to last: never by the first speaker alone, which would give the others'
 * words to them.
 */
function acrossTurns(
  turns: NonNullable<Excerpt['turns']>,
  language: ExportLanguage,
  part: 'speaker' | 'timestamp' | 'segment',
): string | null {
  if (part === 'speaker') return turnSpeakers(turns).join(' / ') || null;
  if (part === 'timestamp') return turnRange(turns.map((turn) => turn.timestamp));
  const ordinals = turnRange(turns.map((turn) => String(turn.segmentOrdinal + 1)));
  return ordinals === null ? null : `${SEGMENTS[language]} ${ordinals}`;
}

/**
 * The citation under an excerpt, e.g. "Participante 3, 34 ans, Foule Factory, 00:12:31":
 * the chosen parts that have a value, joined by commas, with French typography in French.
 */
export function citationOf(
  excerpt: Excerpt,
  language: ExportLanguage,
  parts: readonly CitationPart[] = DEFAULT_CITATION,
  context?: CaseContext,
): string {
  const values = parts.map((part): string | null => {
    switch (part) {
      case 'document':
        return excerpt.documentName;
      case 'case':
        return context?.caseName ?? null;
      case 'speaker':
        return excerpt.turns ? acrossTurns(excerpt.turns, language, part) : excerpt.speaker;
      case 'timestamp':
        return excerpt.turns ? acrossTurns(excerpt.turns, language, part) : excerpt.timestamp;
      case 'segment':
        if (excerpt.turns) return acrossTurns(excerpt.turns, language, part);
        return excerpt.segmentOrdinal === null ? null : `${SEGMENT[language]} ${excerpt.segmentOrdinal + 1}`;
      case 'code':
        return excerpt.codeName;
      default:
        return context?.values.get(part.slice('attr:'.length)) ?? null;
    }
  });
  const line = values.filter((value): value is string => Boolean(value)).join(', ');
  return language === 'fr' ? frenchTypography(line) : line;
}

/**
 * The citation parts asked for, trimmed; an unknown part is refused rather than dropped,
 * so that a typo ("cas") does not give citations silently empty.
 */
export function parseCitationParts(values: readonly string[]): CitationPart[] {
  const known = new Set<string>(CITATION_PARTS);
  return values.map((raw) => {
    const value = raw.trim();
    if (known.has(value) || (value.startsWith('attr:') && value.length > 5)) return value as CitationPart;
    throw new AppError(
      'INVALID_INPUT',
      `"${raw}" is not a citation part; use ${CITATION_PARTS.join(', ')} or attr:NAME (a case attribute).`,
      { key: 'citationPart', params: { part: raw, parts: CITATION_PARTS.join(', ') } },
    );
  });
}

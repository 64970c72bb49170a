import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../app/contract/index.ts';
import { turnRange, turnSpeakers } from '../../app/text/quoteTurns.ts';
import { QuoteParts } from './QuoteParts.tsx';

interface Props {
  readonly excerpt: Excerpt;
  readonly onOpen: (excerpt: Excerpt) => void;
  /** The quote as the caller shows it (e.g. the heatmap marking an overlap); else plain. */
  readonly quoteContent?: ReactNode;
}

/**
 * Who said it, when, in which turn. A quote across turns names all its speakers and the
 * span of its turns, so that no one is credited with another's words.
 */
function citationParts(
  excerpt: Excerpt,
  t: (key: 'excerpts.turn' | 'quoteTurns.turns', options: Record<string, number>) => string,
): (string | null)[] {
  const { turns } = excerpt;
  if (turns === null)
    return [
      excerpt.speaker,
      excerpt.timestamp,
      excerpt.segmentOrdinal === null ? null : t('excerpts.turn', { number: excerpt.segmentOrdinal + 1 }),
    ];
  const first = turns[0]?.segmentOrdinal ?? 0;
  const last = turns[turns.length - 1]?.segmentOrdinal ?? 0;
  return [
    turnSpeakers(turns).join(' / '),
    turnRange(turns.map((turn) => turn.timestamp)),
    t('quoteTurns.turns', { first: first + 1, last: last + 1 }),
  ];
}

/** A quote with its citation; activating it opens the passage in its document. */
export function ExcerptCard({ excerpt, onOpen, quoteContent }: Props) {
  const { t } = useTranslation();
  const citation = citationParts(excerpt, t).filter((part): part is string => Boolean(part));
  return (
    <button
      type="button"
      className="excerpt"
      data-coding-id={excerpt.codingId}
      title={t('excerpts.open', { document: excerpt.documentName })}
      onClick={() => onOpen(excerpt)}
    >
      <span className="excerpt__source">
        <span className="excerpt__document">{excerpt.documentName}</span>
        {citation.length > 0 && <span className="excerpt__citation"> · {citation.join(' · ')}</span>}
      </span>
      <span className="excerpt__code">{excerpt.codeName}</span>
      <blockquote className="excerpt__quote">
        {quoteContent ?? (excerpt.turns === null ? excerpt.quote : <QuoteParts turns={excerpt.turns} />)}
      </blockquote>
    </button>
  );
}

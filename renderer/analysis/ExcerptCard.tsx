import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../app/contract/index.ts';

interface Props {
  readonly excerpt: Excerpt;
  readonly onOpen: (excerpt: Excerpt) => void;
}

/** A quote with its citation; activating it opens the passage in its document. */
export function ExcerptCard({ excerpt, onOpen }: Props) {
  const { t } = useTranslation();
  const citation = [
    excerpt.speaker,
    excerpt.timestamp,
    excerpt.segmentOrdinal === null ? null : t('excerpts.turn', { number: excerpt.segmentOrdinal + 1 }),
  ].filter((part): part is string => Boolean(part));
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
      <blockquote className="excerpt__quote">{excerpt.quote}</blockquote>
    </button>
  );
}

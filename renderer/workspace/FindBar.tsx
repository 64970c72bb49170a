import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanonicalRange } from '../transcript/offsets.ts';
import { findInText } from '../transcript/textSearch.ts';

const FIND_HIGHLIGHT = 'verbatim-find';

interface Props {
  readonly text: string;
  /** DOM ranges for canonical ones (from the transcript view). */
  readonly toDom: (ranges: readonly CanonicalRange[]) => Range[];
  readonly onGo: (range: CanonicalRange) => void;
  readonly onClose: () => void;
}

function paintMatches(ranges: Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(FIND_HIGHLIGHT);
  else CSS.highlights.set(FIND_HIGHLIGHT, new Highlight(...ranges));
}

/**
 * Find in the open document, ignoring accents and case: every match is tinted (a CSS
 * highlight, no change to the text), Enter / Shift+Enter go to the next / previous one.
 */
export function FindBar({ text, toDom, onGo, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  // The first Enter goes to the first match; the next ones move on from there.
  const [visited, setVisited] = useState(false);
  const matches = useMemo(() => findInText(text, query), [text, query]);

  useEffect(() => {
    paintMatches(toDom(matches));
    return () => paintMatches([]);
  }, [matches, toDom]);

  const go = (index: number): void => {
    if (matches.length === 0) return;
    const next = (index + matches.length) % matches.length;
    setCurrent(next);
    setVisited(true);
    const match = matches[next];
    if (match) onGo(match);
  };

  return (
    <div className="find-bar" role="search">
      <input
        type="search"
        autoFocus
        aria-label={t('find.label')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(0);
          setVisited(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            go(!visited ? 0 : event.shiftKey ? current - 1 : current + 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="find-bar__count" role="status">
        {query.trim() === ''
          ? ''
          : matches.length === 0
            ? t('find.none')
            : t('find.count', { current: current + 1, total: matches.length })}
      </span>
      <button
        type="button"
        className="button button--small"
        aria-label={t('find.previous')}
        disabled={matches.length === 0}
        onClick={() => go(visited ? current - 1 : matches.length - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label={t('find.next')}
        disabled={matches.length === 0}
        onClick={() => go(visited ? current + 1 : 0)}
      >
        ↓
      </button>
      <button type="button" className="button button--quiet button--small" onClick={onClose}>
        {t('app.close')}
      </button>
    </div>
  );
}

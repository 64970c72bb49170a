import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../app/contract/index.ts';
import { ExcerptCard } from './ExcerptCard.tsx';

interface Props {
  /** null while loading. */
  readonly excerpts: readonly Excerpt[] | null;
  /** What to say when there are none. */
  readonly empty: string;
  readonly onOpen: (excerpt: Excerpt) => void;
}

/** The excerpts behind a figure (a matrix cell, a summary grid cell), each opening its place. */
export function ExcerptList({ excerpts, empty, onOpen }: Props) {
  const { t } = useTranslation();
  if (excerpts === null) return <p className="muted">{t('app.loading')}</p>;
  if (excerpts.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="drilldown__list">
      {excerpts.map((excerpt) => (
        <li key={excerpt.codingId} className="drilldown__instance">
          <ExcerptCard excerpt={excerpt} onOpen={onOpen} />
        </li>
      ))}
    </ol>
  );
}

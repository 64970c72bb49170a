import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../app/contract/index.ts';
import { ExcerptCard } from '../analysis/ExcerptCard.tsx';
import { useQuery } from '../api/useQuery.ts';
import { scrollToTopInPane } from '../ui/scrollIntoPane.ts';

interface Props {
  readonly heading: string;
  readonly request: {
    readonly codeId: number;
    readonly documentIds?: number[];
    readonly speakers?: string[];
    readonly coders?: string[];
  };
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

/** The excerpts behind a node of the network or a bar of the chart. */
export function CodeExcerpts({ heading, request, onOpen, onError }: Props) {
  const { t } = useTranslation();
  const excerpts = useQuery('codings/excerptsOfCode', request, onError).data ?? null;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (excerpts !== null && ref.current) scrollToTopInPane(ref.current);
  }, [excerpts]);
  return (
    <section ref={ref} className="drilldown" aria-label={heading}>
      <h3>{heading}</h3>
      {excerpts === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : excerpts.length === 0 ? (
        <p className="muted">{t('network.noExcerpts')}</p>
      ) : (
        <ol className="drilldown__list">
          {excerpts.map((excerpt) => (
            <li key={excerpt.codingId}>
              <ExcerptCard excerpt={excerpt} onOpen={onOpen} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisFilters, CooccurrencePair, Excerpt } from '../../app/contract/index.ts';
import { ExcerptCard } from '../analysis/ExcerptCard.tsx';
import { formatCoefficient } from '../analysis/formatCoefficient.ts';
import { useQuery } from '../api/useQuery.ts';
import { scrollToTopInPane } from '../ui/scrollIntoPane.ts';
import { overlapOf, splitQuote, type OverlapRange } from './overlap.ts';

/** The excerpt's quote with the part it shares with the other code marked. */
function OverlapCard({
  excerpt,
  overlap,
  onOpen,
}: {
  readonly excerpt: Excerpt;
  readonly overlap: OverlapRange | null;
  readonly onOpen: (excerpt: Excerpt) => void;
}) {
  const parts = overlap && excerpt.turns === null ? splitQuote(excerpt.quote, excerpt.start, overlap) : null;
  return (
    <ExcerptCard
      excerpt={excerpt}
      onOpen={onOpen}
      {...(parts
        ? {
            quoteContent: (
              <>
                {parts[0]}
                <mark className="drilldown__overlap">{parts[1]}</mark>
                {parts[2]}
              </>
            ),
          }
        : {})}
    />
  );
}

interface Props {
  readonly pair: CooccurrencePair;
  readonly scope: string;
  readonly filters: AnalysisFilters;
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

/** The pairs of excerpts behind one co-occurrence (a heatmap cell, a network edge). */
export function CooccurrenceDrilldown({ pair, scope, filters, onOpen, onError }: Props) {
  const { t, i18n } = useTranslation();
  const instances =
    useQuery('analysis/cooccurrenceExcerpts', { scope, codeA: pair.aId, codeB: pair.bId, filters }, onError)
      .data ?? null;

  // The drill-down opens below the chart: bring it into view once its excerpts are there.
  const drillRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (instances !== null && drillRef.current) scrollToTopInPane(drillRef.current);
  }, [pair, instances]);

  return (
    <section
      ref={drillRef}
      className="drilldown"
      aria-label={t('cooccurrence.drillHeading', { a: pair.a, b: pair.b })}
    >
      <h3>{t('cooccurrence.drillHeading', { a: pair.a, b: pair.b })}</h3>
      <p className="muted small">
        {t('heatmap.pairFigures', {
          count: pair.count,
          c: formatCoefficient(pair.c, i18n.language),
          shareA: formatCoefficient(pair.shareA, i18n.language),
          shareB: formatCoefficient(pair.shareB, i18n.language),
          a: pair.a,
          b: pair.b,
        })}
      </p>
      {pair.warnings.map((warning) => (
        <p key={warning} className="heatmap__warning">
          {t(`heatmap.warnings.${warning}`)}
        </p>
      ))}
      {instances === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <ol className="drilldown__list">
          {instances.map((instance) => {
            const overlap = overlapOf(instance.a, instance.b);
            return (
              <li
                key={`${instance.a.codingId}-${instance.b.codingId}-${instance.unit ?? ''}`}
                className="drilldown__instance"
              >
                <OverlapCard excerpt={instance.a} overlap={overlap} onOpen={onOpen} />
                <OverlapCard excerpt={instance.b} overlap={overlap} onOpen={onOpen} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

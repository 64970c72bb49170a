import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooccurrencePair, Excerpt, FixedScope } from '../../app/contract/index.ts';
import { useQuery } from '../api/useQuery.ts';
import { ExcerptCard } from '../analysis/ExcerptCard.tsx';
import { formatCoefficient } from '../analysis/formatCoefficient.ts';
import { downloadPng, downloadSvg } from '../charts/chartExport.ts';
import { NO_FILTER, toAnalysisFilters, type FilterChoice } from '../views/analysisFilters.ts';
import { scrollToTopInPane } from '../ui/scrollIntoPane.ts';
import { FilterBar } from '../views/FilterBar.tsx';
import { useFilterSources } from '../views/useFilterSources.ts';
import { Heatmap } from './Heatmap.tsx';
import { buildHeatmap, type HeatmapMeasure, type HeatmapOrder } from './heatmapModel.ts';
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

type ScopeKind = FixedScope | 'near';

interface Props {
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

/** Co-occurrence of every pair of codes at the chosen scope, filtered, with drill-down. */
export function HeatmapView({ onOpen, onError }: Props) {
  const { t, i18n } = useTranslation();
  const [scopeKind, setScopeKind] = useState<ScopeKind>('overlap');
  const [near, setNear] = useState(200);
  const [measure, setMeasure] = useState<HeatmapMeasure>('count');
  const [order, setOrder] = useState<HeatmapOrder>('name');
  const [filters, setFilters] = useState<FilterChoice>(NO_FILTER);
  const sources = useFilterSources(onError);
  const svgRef = useRef<SVGSVGElement>(null);
  const scope = scopeKind === 'near' ? `near:${near}` : scopeKind;
  const contractFilters = useMemo(() => toAnalysisFilters(filters), [filters]);

  const result =
    useQuery('analysis/cooccurrence', { scope, filters: contractFilters }, onError, { keepPrevious: true })
      .data ?? null;
  // A pair chosen in one answer: a new answer (another scope, filter, or a change in the
  // project) closes the drill-down, as its figures may no longer hold.
  const [choice, setChoice] = useState<{ readonly pair: CooccurrencePair; readonly over: unknown } | null>(
    null,
  );
  const selected = choice !== null && choice.over === result ? choice.pair : null;
  const setSelected = (pair: CooccurrencePair | null): void => setChoice(pair && { pair, over: result });
  const instances =
    useQuery(
      'analysis/cooccurrenceExcerpts',
      selected ? { scope, codeA: selected.aId, codeB: selected.bId, filters: contractFilters } : null,
      onError,
    ).data ?? null;

  // The drill-down opens below the heatmap: bring it into view once its excerpts are there.
  const drillRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected && instances !== null && drillRef.current) scrollToTopInPane(drillRef.current);
  }, [selected, instances]);

  const model = useMemo(
    () => (result ? buildHeatmap(result, measure, order) : null),
    [result, measure, order],
  );
  const fileBase = `cooccurrence-${scope.replace(':', '-')}`;

  return (
    <section className="analysis-view heatmap-view" aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">{t('heatmap.heading')}</h2>
      <div className="analysis-view__controls">
        <label>
          {t('heatmap.scope')}
          <select value={scopeKind} onChange={(event) => setScopeKind(event.target.value as ScopeKind)}>
            {(['overlap', 'segment', 'near', 'document'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t(`heatmap.scopes.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        {scopeKind === 'near' && (
          <label>
            {t('heatmap.nearChars')}
            <input
              type="number"
              min={0}
              max={1000000}
              value={near}
              onChange={(event) => setNear(Math.max(0, Number(event.target.value) || 0))}
            />
          </label>
        )}
        <label>
          {t('heatmap.measure')}
          <select value={measure} onChange={(event) => setMeasure(event.target.value as HeatmapMeasure)}>
            <option value="count">{t('heatmap.measures.count')}</option>
            <option value="c">{t('heatmap.measures.c')}</option>
          </select>
        </label>
        <label>
          {t('heatmap.order')}
          <select value={order} onChange={(event) => setOrder(event.target.value as HeatmapOrder)}>
            {(['name', 'frequency', 'clustered'] as const).map((item) => (
              <option key={item} value={item}>
                {t(`heatmap.orders.${item}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FilterBar choice={filters} sources={sources} onChange={setFilters} />
      <p className="definition">{t(`heatmap.definitions.${scopeKind}`, { n: near })}</p>
      {model === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : model.codes.length < 2 ? (
        <p className="muted">{t('heatmap.empty')}</p>
      ) : (
        <>
          <div className="heatmap__scroll">
            <Heatmap
              ref={svgRef}
              model={model}
              measure={measure}
              selected={selected}
              onSelect={setSelected}
            />
          </div>
          <div className="analysis-view__actions">
            <span className="muted small">{t('heatmap.legend')}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() => svgRef.current && downloadSvg(svgRef.current, `${fileBase}.svg`)}
            >
              {t('charts.svg')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                svgRef.current && void downloadPng(svgRef.current, `${fileBase}.png`).catch(onError)
              }
            >
              {t('charts.png')}
            </button>
          </div>
        </>
      )}
      {selected && (
        <section
          ref={drillRef}
          className="drilldown"
          aria-label={t('cooccurrence.drillHeading', { a: selected.a, b: selected.b })}
        >
          <h3>{t('cooccurrence.drillHeading', { a: selected.a, b: selected.b })}</h3>
          <p className="muted small">
            {t('heatmap.pairFigures', {
              count: selected.count,
              c: formatCoefficient(selected.c, i18n.language),
              shareA: formatCoefficient(selected.shareA, i18n.language),
              shareB: formatCoefficient(selected.shareB, i18n.language),
              a: selected.a,
              b: selected.b,
            })}
          </p>
          {selected.warnings.map((warning) => (
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
      )}
    </section>
  );
}

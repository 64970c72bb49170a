import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooccurrencePair, Excerpt, FixedScope } from '../../app/contract/index.ts';
import { useQuery } from '../api/useQuery.ts';
import { downloadPng, downloadSvg } from '../charts/chartExport.ts';
import { NO_FILTER, toAnalysisFilters, type FilterChoice } from '../views/analysisFilters.ts';
import { FilterBar } from '../views/FilterBar.tsx';
import { useFilterSources } from '../views/useFilterSources.ts';
import { CooccurrenceDrilldown } from './CooccurrenceDrilldown.tsx';
import { Heatmap } from './Heatmap.tsx';
import { buildHeatmap, type HeatmapMeasure, type HeatmapOrder } from './heatmapModel.ts';

type ScopeKind = FixedScope | 'near';

interface Props {
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

/** Co-occurrence of every pair of codes at the chosen scope, filtered, with drill-down. */
export function HeatmapView({ onOpen, onError }: Props) {
  const { t } = useTranslation();
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
        <CooccurrenceDrilldown
          pair={selected}
          scope={scope}
          filters={contractFilters}
          onOpen={onOpen}
          onError={onError}
        />
      )}
    </section>
  );
}

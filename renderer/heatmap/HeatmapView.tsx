import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooccurrencePair, Excerpt } from '../../app/contract/index.ts';
import { ChartExportButtons } from '../charts/ChartExportButtons.tsx';
import { FilterBar } from '../views/FilterBar.tsx';
import { CooccurrenceDrilldown } from './CooccurrenceDrilldown.tsx';
import { Heatmap } from './Heatmap.tsx';
import { ScopeControls } from './ScopeControls.tsx';
import { useCooccurrence } from './useCooccurrence.ts';
import { buildHeatmap, type HeatmapMeasure, type HeatmapOrder } from './heatmapModel.ts';

interface Props {
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

/** Co-occurrence of every pair of codes at the chosen scope, filtered, with drill-down. */
export function HeatmapView({ onOpen, onError }: Props) {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState<HeatmapMeasure>('count');
  const [order, setOrder] = useState<HeatmapOrder>('name');
  const svgRef = useRef<SVGSVGElement>(null);
  const {
    scopeKind,
    setScopeKind,
    near,
    setNear,
    scope,
    filters,
    setFilters,
    contractFilters,
    sources,
    result,
  } = useCooccurrence(onError);
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
        <ScopeControls scopeKind={scopeKind} near={near} onScopeKind={setScopeKind} onNear={setNear} />
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
            <ChartExportButtons svg={svgRef} fileBase={fileBase} onError={onError} />
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

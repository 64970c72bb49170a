import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/useQuery.ts';
import type { CooccurrencePair, Excerpt } from '../../app/contract/index.ts';
import { formatCoefficient } from '../analysis/formatCoefficient.ts';
import { CooccurrenceDrilldown } from '../heatmap/CooccurrenceDrilldown.tsx';
import { ScopeControls } from '../heatmap/ScopeControls.tsx';
import { useCooccurrence } from '../heatmap/useCooccurrence.ts';
import { FilterBar } from '../views/FilterBar.tsx';
import { ChartExportButtons } from '../charts/ChartExportButtons.tsx';
import { CodeExcerpts } from './CodeExcerpts.tsx';
import { documentsInScope, speakerAndCoder } from './excerptScope.ts';
import { buildNetwork, networkGraph, type EdgeWeight, type NetworkNode } from './networkModel.ts';
import { NetworkGraph } from './NetworkGraph.tsx';

interface Props {
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

/** What was clicked, in one answer: a new answer closes the drill-down (its figures may have changed). */
type Choice =
  | { readonly kind: 'pair'; readonly pair: CooccurrencePair; readonly over: unknown }
  | { readonly kind: 'code'; readonly node: NetworkNode; readonly over: unknown };

/** The co-occurrence network: codes as nodes, co-occurrences above a threshold as edges. */
export function NetworkView({ onOpen, onError }: Props) {
  const { t, i18n } = useTranslation();
  const [weight, setWeight] = useState<EdgeWeight>('count');
  const [thresholds, setThresholds] = useState<Record<EdgeWeight, number>>({ count: 1, c: 0 });
  const [described, setDescribed] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  // Each node in its code's colour, as the codebook and the transcript show it.
  const codes = useQuery('codes/list', {}, onError).data;
  const colours = useMemo(() => new Map((codes ?? []).map((code) => [code.id, code.color])), [codes]);
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
  // The slider ends at the strongest pair; a threshold set on another answer is brought within it.
  const strongest = useMemo(
    () => (result ? networkGraph(result, weight, Number.POSITIVE_INFINITY).maxWeight : 1),
    [result, weight],
  );
  const sliderMax = weight === 'c' ? 1 : Math.max(1, strongest);
  const threshold = Math.min(thresholds[weight], sliderMax);
  const network = useMemo(
    () => (result ? buildNetwork(result, weight, threshold) : null),
    [result, weight, threshold],
  );
  const [choice, setChoice] = useState<Choice | null>(null);
  const current = choice !== null && choice.over === result ? choice : null;
  const documentIds = documentsInScope(filters, sources.sets, sources.cases);
  const formatWeight = (value: number): string =>
    weight === 'c'
      ? formatCoefficient(value, i18n.language)
      : new Intl.NumberFormat(i18n.language).format(value);

  return (
    <section className="analysis-view network-view" aria-labelledby="network-heading">
      <h2 id="network-heading">{t('network.heading')}</h2>
      <div className="analysis-view__controls">
        <ScopeControls scopeKind={scopeKind} near={near} onScopeKind={setScopeKind} onNear={setNear} />
        <label>
          {t('network.weight')}
          <select value={weight} onChange={(event) => setWeight(event.target.value as EdgeWeight)}>
            <option value="count">{t('network.weights.count')}</option>
            <option value="c">{t('network.weights.c')}</option>
          </select>
        </label>
        <label>
          {t('network.threshold', { value: formatWeight(threshold) })}
          <input
            type="range"
            min={weight === 'c' ? 0 : 1}
            max={sliderMax}
            step={weight === 'c' ? 0.05 : 1}
            value={threshold}
            onChange={(event) => setThresholds({ ...thresholds, [weight]: Number(event.target.value) })}
          />
        </label>
      </div>
      <FilterBar choice={filters} sources={sources} onChange={setFilters} />
      <p className="definition">
        {t('network.definition')} {t(`heatmap.definitions.${scopeKind}`, { n: near })}
      </p>
      {network === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : network.nodes.length === 0 ? (
        <p className="muted">{t('network.empty')}</p>
      ) : (
        <>
          <div className="network__frame">
            <NetworkGraph
              colours={colours}
              ref={svgRef}
              network={network}
              weight={weight}
              selectedPair={current?.kind === 'pair' ? current.pair : null}
              selectedCode={current?.kind === 'code' ? current.node.id : null}
              onPair={(pair) => setChoice({ kind: 'pair', pair, over: result })}
              onCode={(node) => setChoice({ kind: 'code', node, over: result })}
              onDescribe={setDescribed}
            />
          </div>
          <div className="analysis-view__actions">
            <span className="muted small" aria-live="polite">
              {described ?? t('network.legend', { count: network.edges.length })}
            </span>
            <ChartExportButtons
              svg={svgRef}
              fileBase={`network-${scope.replace(':', '-')}`}
              onError={onError}
            />
          </div>
        </>
      )}
      {current?.kind === 'pair' && (
        <CooccurrenceDrilldown
          pair={current.pair}
          scope={scope}
          filters={contractFilters}
          onOpen={onOpen}
          onError={onError}
        />
      )}
      {current?.kind === 'code' && (
        <CodeExcerpts
          heading={t('network.codeHeading', { name: current.node.name, count: current.node.n })}
          request={{
            codeId: current.node.id,
            ...speakerAndCoder(filters),
            ...(documentIds ? { documentIds } : {}),
          }}
          onOpen={onOpen}
          onError={onError}
        />
      )}
    </section>
  );
}

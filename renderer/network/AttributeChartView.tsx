import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../app/contract/index.ts';
import { useQuery } from '../api/useQuery.ts';
import { NO_FILTER, toAnalysisFilters, type FilterChoice } from '../views/analysisFilters.ts';
import { FilterBar } from '../views/FilterBar.tsx';
import { useFilterSources } from '../views/useFilterSources.ts';
import { AttributeChart } from './AttributeChart.tsx';
import { buildAttributeChart, matrixMeasureOf, type ChartMeasure } from './attributeChartModel.ts';
import { ChartExportButtons } from '../charts/ChartExportButtons.tsx';
import { CodeExcerpts } from './CodeExcerpts.tsx';
import { documentsInScope, speakerAndCoder } from './excerptScope.ts';

interface Props {
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

/** Code frequencies or shares of cases compared across the values of a case attribute. */
export function AttributeChartView({ onOpen, onError }: Props) {
  const { t } = useTranslation();
  const sources = useFilterSources(onError);
  const [attributeId, setAttributeId] = useState<number | null>(null);
  const [measure, setMeasure] = useState<ChartMeasure>('share');
  const [filters, setFilters] = useState<FilterChoice>(NO_FILTER);
  const contractFilters = useMemo(() => toAnalysisFilters(filters), [filters]);
  const attribute =
    sources.cases.attributes.find((item) => item.id === attributeId) ?? sources.cases.attributes[0] ?? null;
  const matrix =
    useQuery(
      'analysis/matrix',
      attribute
        ? {
            columns: 'attribute',
            attributeId: attribute.id,
            measure: matrixMeasureOf(measure),
            filters: contractFilters,
          }
        : null,
      onError,
      { keepPrevious: true },
    ).data ?? null;
  const chart = useMemo(
    () => (matrix && attribute ? buildAttributeChart(matrix, measure, sources.cases, attribute.id) : null),
    [matrix, measure, sources.cases, attribute],
  );
  const [choice, setChoice] = useState<{ codeId: number; name: string; value: string; over: unknown } | null>(
    null,
  );
  const selected = choice !== null && choice.over === matrix ? choice : null;
  const svgRef = useRef<SVGSVGElement>(null);
  const documentIds =
    selected && attribute
      ? documentsInScope(filters, sources.sets, sources.cases, {
          attributeId: attribute.id,
          value: selected.value,
        })
      : undefined;

  return (
    <section className="analysis-view comparison-view" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('comparison.heading')}</h2>
      <div className="analysis-view__controls">
        <label>
          {t('matrices.attribute')}
          <select
            value={attribute?.id ?? ''}
            onChange={(event) => setAttributeId(Number(event.target.value))}
          >
            {sources.cases.attributes.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('comparison.measure')}
          <select value={measure} onChange={(event) => setMeasure(event.target.value as ChartMeasure)}>
            {(['share', 'cases', 'codings'] as const).map((item) => (
              <option key={item} value={item}>
                {t(`comparison.measures.${item}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FilterBar choice={filters} sources={sources} onChange={setFilters} />
      <p className="definition">{t(`comparison.definitions.${measure}`)}</p>
      {attribute === null ? (
        <p className="muted">{t('matrices.noAttribute')}</p>
      ) : chart === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : chart.groups.length === 0 || chart.values.length === 0 ? (
        <p className="muted">{t('matrices.empty')}</p>
      ) : (
        <>
          <div className="network__frame">
            <AttributeChart
              ref={svgRef}
              chart={chart}
              measure={measure}
              attributeName={attribute.name}
              selected={selected}
              onBar={(group, value) =>
                setChoice({ codeId: group.codeId, name: group.name, value, over: matrix })
              }
            />
          </div>
          <div className="analysis-view__actions">
            <ChartExportButtons svg={svgRef} fileBase={`comparison-${attribute.name}`} onError={onError} />
          </div>
        </>
      )}
      {selected && attribute && (
        <CodeExcerpts
          heading={t('comparison.drillHeading', {
            code: selected.name,
            attribute: attribute.name,
            value: selected.value,
          })}
          request={{
            codeId: selected.codeId,
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

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixColumns, MatrixFormat, MatrixMeasure, MatrixPercent } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { downloadFile } from '../analysis/download.ts';
import { heatColour, textColourOn } from '../heatmap/colourScale.ts';
import { NO_FILTER, toAnalysisFilters, type FilterChoice } from '../views/analysisFilters.ts';
import { FilterBar } from '../views/FilterBar.tsx';
import { useFilterSources } from '../views/useFilterSources.ts';

const MEASURES: Record<MatrixColumns, readonly MatrixMeasure[]> = {
  documents: ['count', 'presence', 'share'],
  cases: ['count', 'presence', 'share'],
  attribute: ['cases', 'codings'],
};

interface Props {
  readonly onError: (error: unknown) => void;
}

function formatCell(value: number, measure: MatrixMeasure, percent: MatrixPercent, language: string): string {
  if (percent !== 'none' || measure === 'share') {
    return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
      percent !== 'none' ? value / 100 : value,
    );
  }
  return new Intl.NumberFormat(language).format(value);
}

/** Codes in rows; documents, cases or the values of an attribute in columns. */
export function MatrixView({ onError }: Props) {
  const { t, i18n } = useTranslation();
  const sources = useFilterSources(onError);
  const [columns, setColumns] = useState<MatrixColumns>('documents');
  const [attributeId, setAttributeId] = useState<number | null>(null);
  const [measure, setMeasure] = useState<MatrixMeasure>('count');
  const [percent, setPercent] = useState<MatrixPercent>('none');
  const [filters, setFilters] = useState<FilterChoice>(NO_FILTER);
  const contractFilters = useMemo(() => toAnalysisFilters(filters), [filters]);
  const attribute = attributeId ?? sources.cases.attributes[0]?.id ?? null;
  const request = useMemo(
    () =>
      columns === 'attribute' && attribute !== null
        ? { columns, attributeId: attribute, measure, filters: contractFilters }
        : { columns, measure, filters: contractFilters },
    [columns, attribute, measure, contractFilters],
  );
  const ready = columns !== 'attribute' || attribute !== null;

  const matrix =
    useQuery('analysis/matrix', ready ? request : null, onError, { keepPrevious: true }).data ?? null;

  const chooseColumns = (next: MatrixColumns): void => {
    setColumns(next);
    setMeasure(MEASURES[next][0] ?? 'count');
  };

  const shown =
    matrix === null
      ? null
      : percent === 'row'
        ? matrix.rowPercent
        : percent === 'column'
          ? matrix.columnPercent
          : matrix.cells;
  const values = shown ?? matrix?.cells ?? [];
  // Percentages are coloured against 100 %, counts against the largest cell.
  const max = shown !== null && shown !== matrix?.cells ? 100 : Math.max(0, ...values.flat());
  const exportAs = async (format: MatrixFormat): Promise<void> => {
    try {
      downloadFile(await call('exports/matrix', { matrix: request, format, percent }));
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section className="analysis-view matrix-view" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t('matrices.heading')}</h2>
      <div className="analysis-view__controls">
        <label>
          {t('matrices.columns')}
          <select value={columns} onChange={(event) => chooseColumns(event.target.value as MatrixColumns)}>
            {(['documents', 'cases', 'attribute'] as const).map((item) => (
              <option key={item} value={item}>
                {t(`matrices.columnKinds.${item}`)}
              </option>
            ))}
          </select>
        </label>
        {columns === 'attribute' && (
          <label>
            {t('matrices.attribute')}
            <select value={attribute ?? ''} onChange={(event) => setAttributeId(Number(event.target.value))}>
              {sources.cases.attributes.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('matrices.measure')}
          <select value={measure} onChange={(event) => setMeasure(event.target.value as MatrixMeasure)}>
            {MEASURES[columns].map((item) => (
              <option key={item} value={item}>
                {t(`matrices.measures.${item}`)}
              </option>
            ))}
          </select>
        </label>
        {matrix?.rowPercent && (
          <label>
            {t('matrices.percent')}
            <select value={percent} onChange={(event) => setPercent(event.target.value as MatrixPercent)}>
              {(['none', 'row', 'column'] as const).map((item) => (
                <option key={item} value={item}>
                  {t(`matrices.percents.${item}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <FilterBar choice={filters} sources={sources} onChange={setFilters} />
      <p className="definition">{t(`matrices.definitions.${measure}`)}</p>
      {!ready ? (
        <p className="muted">{t('matrices.noAttribute')}</p>
      ) : matrix === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : matrix.rows.length === 0 || matrix.columns.length === 0 ? (
        <p className="muted">{t('matrices.empty')}</p>
      ) : (
        <>
          <div className="matrix__scroll">
            <table className="matrix">
              <thead>
                <tr>
                  <th scope="col">{t('matrices.code')}</th>
                  {matrix.columns.map((column) => (
                    <th key={column.id} scope="col" className="number">
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row, rowIndex) => (
                  <tr key={row.id} data-code={row.name}>
                    <th scope="row">
                      <span className="swatch" style={{ background: row.color }} aria-hidden="true" />{' '}
                      {row.name}
                    </th>
                    {matrix.columns.map((column, columnIndex) => {
                      const value = values[rowIndex]?.[columnIndex] ?? 0;
                      return (
                        <td
                          key={column.id}
                          className="number"
                          style={{ background: heatColour(value, max), color: textColourOn(value, max) }}
                        >
                          {formatCell(
                            value,
                            matrix.measure,
                            shown === matrix.cells ? 'none' : percent,
                            i18n.language,
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="analysis-view__actions">
            <button type="button" className="button button--small" onClick={() => void exportAs('csv')}>
              {t('matrices.exportCsv')}
            </button>
            <button type="button" className="button button--small" onClick={() => void exportAs('xlsx')}>
              {t('matrices.exportXlsx')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

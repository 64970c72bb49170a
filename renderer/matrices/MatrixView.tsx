import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  matrixFileName,
  type Excerpt,
  type MatrixColumns,
  type MatrixFormat,
  type MatrixMeasure,
  type MatrixPercent,
} from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { downloadStreamed } from '../analysis/download.ts';
import { useFileExport } from '../exports/useFileExport.ts';
import { ChartExportButtons } from '../charts/ChartExportButtons.tsx';
import { NO_FILTER, toAnalysisFilters, type FilterChoice } from '../views/analysisFilters.ts';
import { FilterBar } from '../views/FilterBar.tsx';
import { useFilterSources } from '../views/useFilterSources.ts';
import { MatrixDrill, type MatrixCellChoice } from './MatrixDrill.tsx';
import { MatrixSvg } from './MatrixSvg.tsx';
import { MatrixTable, type CellDisplay } from './MatrixTable.tsx';
import { codesBehind, shownRows, type MatrixSort, type ShownRow } from './matrixModel.ts';

const MEASURES: Record<MatrixColumns, readonly MatrixMeasure[]> = {
  documents: ['count', 'presence', 'share'],
  cases: ['count', 'presence', 'share'],
  attribute: ['cases', 'codings'],
  sets: ['count', 'presence', 'share'],
};

interface Props {
  readonly onOpen: (excerpt: Excerpt) => void;
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

/**
 * The grouping asked of the backend (docs/ANALYSIS.md "Grouped columns"): only documents
 * and cases group, and only documents by set.
 */
function groupingOf(
  columns: MatrixColumns,
  choice: string,
): { kind: 'sets' } | { kind: 'attribute'; attributeId: number } | null {
  if (columns !== 'documents' && columns !== 'cases') return null;
  if (choice === 'sets') return columns === 'documents' ? { kind: 'sets' } : null;
  const attributeId = choice.startsWith('attribute:') ? Number(choice.slice('attribute:'.length)) : NaN;
  return Number.isInteger(attributeId) ? { kind: 'attribute', attributeId } : null;
}

/** Codes in rows; documents, cases or the values of an attribute in columns. */
export function MatrixView({ onOpen, onError }: Props) {
  const { t, i18n } = useTranslation();
  const sources = useFilterSources(onError);
  const [columns, setColumns] = useState<MatrixColumns>('documents');
  const [attributeId, setAttributeId] = useState<number | null>(null);
  const [measure, setMeasure] = useState<MatrixMeasure>('count');
  const [percent, setPercent] = useState<MatrixPercent>('none');
  const [filters, setFilters] = useState<FilterChoice>(NO_FILTER);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [sort, setSort] = useState<MatrixSort>(null);
  const [display, setDisplay] = useState<CellDisplay>('numbers');
  const [cell, setCell] = useState<MatrixCellChoice | null>(null);
  // Documents or cases grouped under spanning headers: '' none, 'sets', or 'attribute:<id>'.
  const [groupBy, setGroupBy] = useState<string>('');
  const svgRef = useRef<SVGSVGElement>(null);
  const contractFilters = useMemo(() => toAnalysisFilters(filters), [filters]);
  const attribute = attributeId ?? sources.cases.attributes[0]?.id ?? null;
  const grouping = useMemo(() => groupingOf(columns, groupBy), [columns, groupBy]);
  const request = useMemo(
    () =>
      columns === 'attribute' && attribute !== null
        ? { columns, attributeId: attribute, measure, filters: contractFilters }
        : { columns, measure, filters: contractFilters, ...(grouping ? { groupBy: grouping } : {}) },
    [columns, attribute, measure, contractFilters, grouping],
  );
  const ready = columns !== 'attribute' || attribute !== null;

  const matrix =
    useQuery('analysis/matrix', ready ? request : null, onError, { keepPrevious: true }).data ?? null;

  const chooseColumns = (next: MatrixColumns): void => {
    setColumns(next);
    setMeasure(MEASURES[next][0] ?? 'count');
    setSort(null);
    setCell(null);
  };

  const rows = useMemo(() => (matrix ? shownRows(matrix, collapsed, sort) : []), [matrix, collapsed, sort]);
  const percentShown = matrix?.rowPercent ? percent : 'none';
  // Percentages are recomputed on the shown rows (a collapsed row's subtree included).
  const valueOf = (row: ShownRow, column: number): number => {
    const value = row.cells[column] ?? 0;
    if (percentShown === 'row') return row.total > 0 ? (100 * value) / row.total : 0;
    if (percentShown === 'column') {
      const total = matrix?.columnTotals[column] ?? 0;
      return total > 0 ? (100 * value) / total : 0;
    }
    return value;
  };
  // Percentages are coloured against 100 %, figures against the largest shown cell.
  const max =
    percentShown !== 'none'
      ? 100
      : Math.max(0, ...rows.flatMap((row) => row.cells.map((_, j) => valueOf(row, j))));
  const format = (value: number): string => formatCell(value, measure, percentShown, i18n.language);
  const formatTotal = (value: number): string =>
    measure === 'share'
      ? formatCell(value, measure, 'none', i18n.language)
      : new Intl.NumberFormat(i18n.language).format(value);
  const toggle = (codeId: number): void =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (!next.delete(codeId)) next.add(codeId);
      return next;
    });
  const openCell = (row: ShownRow, column: number): void => {
    const target = matrix?.columns[column];
    if (!matrix || !target) return;
    setCell({
      codeId: row.row.id,
      codeIds: codesBehind(matrix, row),
      codeName: row.row.name,
      column,
      columnLabel: target.label,
      documentIds: target.documentIds,
    });
  };
  const saveFile = useFileExport(onError);
  const exportAs = (format: MatrixFormat): Promise<void> => {
    const input = { matrix: request, format, percent };
    return saveFile({
      purpose: 'exportMatrix',
      proposedName: matrixFileName(request, percent, format),
      toFile: (out) => call('exports/matrixToFileJob', { ...input, out }),
      download: () => downloadStreamed('exports/matrix', input),
    });
  };
  const imageName = `matrix-${columns}-${measure}`;
  // What the spanning headers are values of: the attribute, or the document sets.
  const groupHeading = matrix?.columnGroups?.attribute ?? t('matrices.groupBySets');

  return (
    <section className="analysis-view matrix-view" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t('matrices.heading')}</h2>
      <div className="analysis-view__controls">
        <label>
          {t('matrices.columns')}
          <select value={columns} onChange={(event) => chooseColumns(event.target.value as MatrixColumns)}>
            {(['documents', 'cases', 'attribute', 'sets'] as const).map((item) => (
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
        {(columns === 'documents' || columns === 'cases') &&
          (sources.cases.attributes.length > 0 || (columns === 'documents' && sources.sets.length > 0)) && (
            <label>
              {t('matrices.groupBy')}
              <select
                value={grouping ? groupBy : ''}
                onChange={(event) => {
                  setGroupBy(event.target.value);
                  setSort(null);
                  setCell(null);
                }}
              >
                <option value="">{t('matrices.noGrouping')}</option>
                {columns === 'documents' && sources.sets.length > 0 && (
                  <option value="sets">{t('matrices.groupBySets')}</option>
                )}
                {sources.cases.attributes.map((item) => (
                  <option key={item.id} value={`attribute:${item.id}`}>
                    {item.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        <label>
          {t('matrices.display')}
          <select value={display} onChange={(event) => setDisplay(event.target.value as CellDisplay)}>
            {(['numbers', 'symbols'] as const).map((item) => (
              <option key={item} value={item}>
                {t(`matrices.displays.${item}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FilterBar choice={filters} sources={sources} onChange={setFilters} />
      <p className="definition">
        {t(`matrices.definitions.${measure}`)} {t(`matrices.totals.${measure}`)} {t('matrices.collapsedRule')}
      </p>
      {!ready ? (
        <p className="muted">{t('matrices.noAttribute')}</p>
      ) : matrix === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : matrix.rows.length === 0 || matrix.columns.length === 0 ? (
        <p className="muted">{t('matrices.empty')}</p>
      ) : (
        <>
          <div className="matrix__scroll" role="region" aria-label={t('matrices.heading')} tabIndex={-1}>
            <MatrixTable
              matrix={matrix}
              rows={rows}
              valueOf={valueOf}
              format={format}
              formatTotal={formatTotal}
              max={max}
              display={display}
              sort={sort}
              onSort={setSort}
              onToggle={toggle}
              onOpenCell={openCell}
              selected={cell && { codeId: cell.codeId, column: cell.column }}
              groupHeading={groupHeading}
            />
          </div>
          <div hidden>
            <MatrixSvg
              ref={svgRef}
              matrix={matrix}
              rows={rows}
              valueOf={valueOf}
              cellText={(value) => (display === 'symbols' ? (value > 0 ? '●' : '') : format(value))}
              formatTotal={formatTotal}
              max={max}
              totalLabel={t('matrices.total')}
              groupHeading={groupHeading}
            />
          </div>
          <div className="analysis-view__actions">
            <button type="button" className="button button--small" onClick={() => void exportAs('csv')}>
              {t('matrices.exportCsv')}
            </button>
            <button type="button" className="button button--small" onClick={() => void exportAs('xlsx')}>
              {t('matrices.exportXlsx')}
            </button>
            <ChartExportButtons svg={svgRef} fileBase={imageName} onError={onError} />
          </div>
          {cell && <MatrixDrill cell={cell} filters={contractFilters} onOpen={onOpen} onError={onError} />}
        </>
      )}
    </section>
  );
}

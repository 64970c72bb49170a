import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Matrix } from '../../app/contract/index.ts';
import { heatColour, textColourOn } from '../heatmap/colourScale.ts';
import type { MatrixSort, ShownRow } from './matrixModel.ts';

export type CellDisplay = 'numbers' | 'symbols';

interface Props {
  readonly matrix: Matrix;
  readonly rows: readonly ShownRow[];
  /** The figure shown in a cell (a percentage when one is chosen). */
  readonly valueOf: (row: ShownRow, column: number) => number;
  readonly format: (value: number) => string;
  readonly formatTotal: (value: number) => string;
  readonly max: number;
  readonly display: CellDisplay;
  readonly sort: MatrixSort;
  readonly onSort: (sort: MatrixSort) => void;
  readonly onToggle: (codeId: number) => void;
  readonly onOpenCell: (row: ShownRow, column: number) => void;
  readonly selected: { readonly codeId: number; readonly column: number } | null;
  /** What the column groups are values of (the attribute's name, or "Document sets"). */
  readonly groupHeading: string;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The matrix as a scrolling table whose header row and code column stay in view. Cells are
 * one tab stop (roving focus): arrow keys move between them, Enter opens the excerpts.
 */
export function MatrixTable(props: Props) {
  const {
    matrix,
    rows,
    valueOf,
    format,
    formatTotal,
    max,
    display,
    sort,
    onSort,
    onToggle,
    onOpenCell,
    groupHeading,
  } = props;
  // Grouped columns come group after group (the backend orders them): a rule marks each start.
  const groups = matrix.columnGroups?.groups ?? [];
  const groupStarts = new Set(groups.filter((group) => group.start > 0).map((group) => group.start));
  const shownColumns = matrix.columns.map((column, j) => ({ j, column }));
  const startsGroup = (position: number): boolean => groupStarts.has(position);
  // A cell's name says its group too ("opacité, Genre F, Entretien 3: 4"): its own label
  // replaces the headers a screen reader would read.
  const groupOf = (position: number): string | undefined =>
    groups.find((group) => position >= group.start && position < group.start + group.count)?.label;
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const focusCell = (row: number, column: number): void => {
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, row: number, column: number): void => {
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const nextRow = Math.min(rows.length - 1, Math.max(0, row + move[0]));
      const nextColumn = Math.min(shownColumns.length - 1, Math.max(0, column + move[1]));
      focusCell(nextRow, nextColumn);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const shown = rows[row];
      const target = shownColumns[column];
      if (shown && target) onOpenCell(shown, target.j);
    }
  };
  const sortButton = (key: MatrixSort, label: string) => (
    <button
      type="button"
      className="matrix__sort"
      aria-pressed={sort === key}
      title={t('matrices.sortBy', { column: label })}
      onClick={() => onSort(sort === key ? null : key)}
    >
      {label}
      {sort === key ? ' ▼' : ''}
    </button>
  );
  const focusable = props.selected ?? { codeId: rows[0]?.row.id ?? -1, column: 0 };

  return (
    <table className={`matrix${groups.length > 0 ? ' matrix--grouped' : ''}`} ref={tableRef}>
      {groups.length > 0 && (
        // Column groups, so that each spanning header (scope="colgroup") heads its columns.
        <>
          <colgroup span={1} />
          {groups.map((group) => (
            <colgroup key={`${group.start}:${group.label}`} span={group.count} />
          ))}
          <colgroup span={1} />
        </>
      )}
      <thead>
        {groups.length > 0 && (
          <tr className="matrix__groups">
            {/* Each group's header says what it is a value of, for screen readers too. */}
            <td className="matrix__corner matrix__group-heading" aria-hidden="true">
              {groupHeading}
            </td>
            {groups.map((group) => (
              <th
                key={`${group.start}:${group.label}`}
                scope="colgroup"
                colSpan={group.count}
                className={`matrix__group${group.start > 0 ? ' matrix__group-start' : ''}`}
              >
                <span className="visually-hidden">{groupHeading}: </span>
                {group.label}
              </th>
            ))}
            <td className="matrix__total" aria-hidden="true" />
          </tr>
        )}
        <tr>
          <th scope="col" className="matrix__corner">
            {t('matrices.code')}
          </th>
          {shownColumns.map(({ j, column }, position) => (
            <th
              key={column.id}
              scope="col"
              className={`number${startsGroup(position) ? ' matrix__group-start' : ''}`}
              aria-sort={sort === j ? 'descending' : 'none'}
            >
              {sortButton(j, column.label)}
            </th>
          ))}
          <th
            scope="col"
            className="number matrix__total"
            aria-sort={sort === 'total' ? 'descending' : 'none'}
          >
            {sortButton('total', t('matrices.total'))}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((shown, i) => (
          <tr key={shown.row.id} data-code={shown.row.name}>
            <th scope="row" style={{ paddingLeft: `${0.5 + shown.row.depth * 1.1}rem` }}>
              {shown.row.hasChildren ? (
                <button
                  type="button"
                  className="matrix__toggle"
                  aria-expanded={!shown.collapsed}
                  aria-label={t(shown.collapsed ? 'matrices.expand' : 'matrices.collapse', {
                    name: shown.row.name,
                  })}
                  onClick={() => onToggle(shown.row.id)}
                >
                  {shown.collapsed ? '▸' : '▾'}
                </button>
              ) : (
                <span className="matrix__toggle-space" aria-hidden="true" />
              )}
              <span className="swatch" style={{ background: shown.row.color }} aria-hidden="true" />{' '}
              {shown.row.name}
              {shown.collapsed && <span className="matrix__subtree"> {t('matrices.withSubcodes')}</span>}
            </th>
            {shownColumns.map(({ j, column }, position) => {
              const value = valueOf(shown, j);
              const text = format(value);
              const isSelected = props.selected?.codeId === shown.row.id && props.selected.column === j;
              return (
                <td
                  key={column.id}
                  data-cell={`${i}:${position}`}
                  className={`number matrix__cell${isSelected ? ' matrix__cell--selected' : ''}${startsGroup(position) ? ' matrix__group-start' : ''}`}
                  tabIndex={focusable.codeId === shown.row.id && focusable.column === j ? 0 : -1}
                  aria-label={`${shown.row.name}, ${groupOf(position) === undefined ? '' : `${groupHeading} ${groupOf(position)}, `}${column.label}: ${text}`}
                  style={{ background: heatColour(value, max), color: textColourOn(value, max) }}
                  onClick={() => onOpenCell(shown, j)}
                  onKeyDown={(event) => onKeyDown(event, i, position)}
                >
                  {display === 'symbols' ? (value > 0 ? '●' : '·') : text}
                </td>
              );
            })}
            <td className="number matrix__total">{formatTotal(shown.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('matrices.total')}</th>
          {shownColumns.map(({ j, column }, position) => (
            <td
              key={column.id}
              className={`number matrix__total${startsGroup(position) ? ' matrix__group-start' : ''}`}
            >
              {formatTotal(matrix.columnTotals[j] ?? 0)}
            </td>
          ))}
          <td className="number matrix__total">{formatTotal(matrix.grandTotal)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

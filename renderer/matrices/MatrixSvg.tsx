import { forwardRef } from 'react';
import type { Matrix } from '../../app/contract/index.ts';
import { heatColour, textColourOn } from '../heatmap/colourScale.ts';
import type { ShownRow } from './matrixModel.ts';

interface Props {
  readonly matrix: Matrix;
  readonly rows: readonly ShownRow[];
  readonly valueOf: (row: ShownRow, column: number) => number;
  readonly cellText: (value: number) => string;
  readonly formatTotal: (value: number) => string;
  readonly max: number;
  readonly totalLabel: string;
  /** What the column groups are values of (drawn in a first header row when grouped). */
  readonly groupHeading: string;
}

const ROW = 24;
const CODE_WIDTH = 220;
const CELL = 96;
const HEADER = 110;
/** Column labels are drawn rotated by 40°: about 7 px a character, so 4.5 px up and 5.4 px right. */
const LABEL_RISE = 4.5;
const LABEL_RUN = 5.4;
/** The row of the column groups' labels, above the columns' own. */
const GROUP_ROW = 26;

/** The shown matrix drawn as SVG, the source of the SVG and PNG exports (not displayed). */
export const MatrixSvg = forwardRef<SVGSVGElement, Props>(function MatrixSvg(props, ref) {
  const { matrix, rows, valueOf, cellText, formatTotal, max, totalLabel, groupHeading } = props;
  const groups = matrix.columnGroups?.groups ?? [];
  const top = groups.length > 0 ? GROUP_ROW : 0;
  const columns = matrix.columns.length + 1;
  const labels = [...matrix.columns.map((column) => column.label), totalLabel];
  // Tall and wide enough for the longest label, which would otherwise run off the drawing
  // (or into the groups' row).
  const header = Math.max(
    HEADER,
    16 + Math.ceil(LABEL_RISE * Math.max(...labels.map((label) => label.length))),
  );
  const x = (j: number): number => CODE_WIDTH + j * CELL;
  const width = Math.max(
    CODE_WIDTH + columns * CELL,
    ...labels.map((label, j) => Math.ceil(x(j) + CELL / 2 + LABEL_RUN * label.length + 8)),
  );
  const height = top + header + (rows.length + 1) * ROW;
  const y = (i: number): number => top + header + i * ROW;
  return (
    <svg ref={ref} viewBox={`0 0 ${width} ${height}`} width={width} height={height} fontSize="12">
      {groups.length > 0 && (
        <g>
          <text x={6} y={GROUP_ROW - 8} fontWeight="bold">
            {groupHeading}
          </text>
          {groups.map((group) => (
            <g key={`${group.start}:${group.label}`}>
              <line
                x1={x(group.start) + 2}
                x2={x(group.start + group.count) - 2}
                y1={GROUP_ROW - 3}
                y2={GROUP_ROW - 3}
                stroke="#57606a"
              />
              <text
                x={x(group.start) + (group.count * CELL) / 2}
                y={GROUP_ROW - 8}
                textAnchor="middle"
                fontWeight="bold"
              >
                {group.label}
              </text>
            </g>
          ))}
        </g>
      )}
      {labels.map((label, j) => (
        <text
          key={`${j}-${label}`}
          transform={`translate(${x(j) + CELL / 2}, ${top + header - 6}) rotate(-40)`}
        >
          {label}
        </text>
      ))}
      {rows.map((shown, i) => (
        <g key={shown.row.id}>
          <text x={6 + shown.row.depth * 14} y={y(i) + 16} fill="#000000">
            {shown.collapsed ? `${shown.row.name} (+)` : shown.row.name}
          </text>
          {matrix.columns.map((column, j) => {
            const value = valueOf(shown, j);
            return (
              <g key={column.id}>
                <rect
                  x={x(j)}
                  y={y(i)}
                  width={CELL}
                  height={ROW}
                  fill={heatColour(value, max)}
                  stroke="#ffffff"
                />
                <text x={x(j) + CELL - 6} y={y(i) + 16} textAnchor="end" fill={textColourOn(value, max)}>
                  {cellText(value)}
                </text>
              </g>
            );
          })}
          <text x={x(matrix.columns.length) + CELL - 6} y={y(i) + 16} textAnchor="end">
            {formatTotal(shown.total)}
          </text>
        </g>
      ))}
      <text x={6} y={y(rows.length) + 16} fontWeight="bold">
        {totalLabel}
      </text>
      {[...matrix.columnTotals, matrix.grandTotal].map((total, j) => (
        <text key={j} x={x(j) + CELL - 6} y={y(rows.length) + 16} textAnchor="end" fontWeight="bold">
          {formatTotal(total)}
        </text>
      ))}
    </svg>
  );
});

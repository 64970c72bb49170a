import { forwardRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooccurrencePair } from '../../app/contract/index.ts';
import { formatCoefficient } from '../analysis/formatCoefficient.ts';
import { heatColour, textColourOn } from './colourScale.ts';
import { measureOf, type HeatmapMeasure, type HeatmapModel } from './heatmapModel.ts';

const CELL = 38;
const LABEL_WIDTH = 150;
const HEADER_HEIGHT = 110;

interface Props {
  readonly model: HeatmapModel;
  readonly measure: HeatmapMeasure;
  readonly selected: CooccurrencePair | null;
  readonly onSelect: (pair: CooccurrencePair) => void;
}

function shorten(name: string): string {
  return name.length > 22 ? `${name.slice(0, 21)}…` : name;
}

/**
 * The code × code heatmap as SVG (so it exports as it looks). Each cell with a co-occurrence
 * is a button: click or Enter drills down; arrow keys move between cells. A corner mark
 * flags counts under 5 or codes of very unequal frequency.
 */
export const Heatmap = forwardRef<SVGSVGElement, Props>(function Heatmap(
  { model, measure, selected, onSelect },
  ref,
) {
  const { t, i18n } = useTranslation();
  const size = model.codes.length;
  // Column labels are rotated 45°: the last ones reach past the grid to the right.
  const width = LABEL_WIDTH + size * CELL + 110;
  const height = HEADER_HEIGHT + size * CELL + 8;

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    const target = event.target as Element;
    const [row, column] = (target.getAttribute('data-cell') ?? '').split(':').map(Number);
    if (row === undefined || column === undefined || Number.isNaN(row) || Number.isNaN(column)) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    // Skip cells without a co-occurrence: they are not focusable.
    for (let step = 1; step < size; step++) {
      const next = event.currentTarget.querySelector<SVGGElement>(
        `[data-cell="${row + move[0] * step}:${column + move[1] * step}"]`,
      );
      if (next) {
        next.focus();
        return;
      }
    }
  };

  return (
    <svg
      ref={ref}
      className="heatmap"
      role="group"
      aria-label={t('heatmap.label')}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      onKeyDown={onKeyDown}
    >
      {model.codes.map((code, index) => (
        <g key={`labels-${code.id}`}>
          <text
            x={LABEL_WIDTH - 6}
            y={HEADER_HEIGHT + index * CELL + CELL / 2}
            textAnchor="end"
            dominantBaseline="middle"
            fontSize="12"
            fill="#1f2328"
          >
            <title>{`${code.name} (n = ${code.n})`}</title>
            {shorten(code.name)}
          </text>
          <text
            transform={`translate(${LABEL_WIDTH + index * CELL + CELL / 2}, ${HEADER_HEIGHT - 6}) rotate(-45)`}
            fontSize="12"
            fill="#1f2328"
          >
            {shorten(code.name)}
          </text>
        </g>
      ))}
      {model.cells.map((row, rowIndex) =>
        row.map((pair, columnIndex) => {
          const x = LABEL_WIDTH + columnIndex * CELL;
          const y = HEADER_HEIGHT + rowIndex * CELL;
          if (!pair) {
            return (
              <rect
                key={`${rowIndex}:${columnIndex}`}
                x={x + 1}
                y={y + 1}
                width={CELL - 2}
                height={CELL - 2}
                fill={rowIndex === columnIndex ? '#d9dde3' : '#f6f7f9'}
              />
            );
          }
          const value = measureOf(pair, measure);
          const isSelected = selected !== null && selected.aId === pair.aId && selected.bId === pair.bId;
          const label = measure === 'count' ? String(pair.count) : formatCoefficient(pair.c, i18n.language);
          const description = t('heatmap.cell', {
            a: pair.a,
            b: pair.b,
            count: pair.count,
            c: formatCoefficient(pair.c, i18n.language),
          });
          const warnings = pair.warnings.map((warning) => t(`heatmap.warnings.${warning}`)).join(' ');
          return (
            <g
              key={`${rowIndex}:${columnIndex}`}
              className="heatmap__cell"
              role="button"
              tabIndex={0}
              data-cell={`${rowIndex}:${columnIndex}`}
              data-pair={`${pair.a}|${pair.b}`}
              aria-label={`${description} ${warnings}`.trim()}
              aria-pressed={isSelected}
              onClick={() => onSelect(pair)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(pair);
                }
              }}
            >
              <title>{`${description}${warnings ? `\n${warnings}` : ''}`}</title>
              <rect
                x={x + 1}
                y={y + 1}
                width={CELL - 2}
                height={CELL - 2}
                fill={heatColour(value, model.max)}
                stroke={isSelected ? '#d4731f' : 'none'}
                strokeWidth={isSelected ? 3 : 0}
              />
              <text
                x={x + CELL / 2}
                y={y + CELL / 2}
                textAnchor="middle"
                dominantBaseline="middle"
                fontSize="11"
                fill={textColourOn(value, model.max)}
              >
                {label}
              </text>
              {pair.warnings.length > 0 && (
                <path
                  d={`M ${x + CELL - 10} ${y + 1} L ${x + CELL - 1} ${y + 1} L ${x + CELL - 1} ${y + 10} Z`}
                  fill="#d4731f"
                />
              )}
            </g>
          );
        }),
      )}
    </svg>
  );
});

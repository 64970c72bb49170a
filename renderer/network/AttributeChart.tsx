import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeChart as ChartData, ChartGroup, ChartMeasure } from './attributeChartModel.ts';

// One colour per attribute value, each at least 4.5:1 on white (they also colour legend text).
export const VALUE_COLOURS = [
  '#1d4ed8',
  '#b45309',
  '#047857',
  '#7c3aed',
  '#be123c',
  '#0e7490',
  '#4d7c0f',
  '#a21caf',
];

const WIDTH = 640;
const LABEL_WIDTH = 170;
const VALUE_ROOM = 60;
const BAR = 16;
const GAP = 14;
const LEGEND = 34;

interface Props {
  readonly chart: ChartData;
  readonly measure: ChartMeasure;
  readonly attributeName: string;
  readonly selected: { readonly codeId: number; readonly value: string } | null;
  readonly onBar: (group: ChartGroup, value: string) => void;
}

function shortLabel(name: string): string {
  return name.length > 26 ? `${name.slice(0, 25)}…` : name;
}

/** Grouped horizontal bars: one group per code, one bar per attribute value. */
export const AttributeChart = forwardRef<SVGSVGElement, Props>(function AttributeChart(
  { chart, measure, attributeName, selected, onBar },
  ref,
) {
  const { t, i18n } = useTranslation();
  const format = (amount: number): string =>
    new Intl.NumberFormat(
      i18n.language,
      measure === 'share' ? { style: 'percent', maximumFractionDigits: 0 } : {},
    ).format(amount);
  const groupHeight = chart.values.length * BAR + GAP;
  const height = LEGEND + chart.groups.length * groupHeight + 10;
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const colour = (index: number): string => VALUE_COLOURS[index % VALUE_COLOURS.length] ?? '#1d4ed8';
  // Legend entries side by side; the measured widths are generous approximations (8 px a character).
  let legendX = LABEL_WIDTH;
  const legend = chart.values.map((value, index) => {
    const x = legendX;
    legendX += 40 + `${attributeName} = ${value}`.length * 8;
    return { value, index, x };
  });
  return (
    <svg
      ref={ref}
      className="attribute-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label={t('comparison.label', { attribute: attributeName })}
    >
      {legend.map(({ value, index, x }) => (
        <g key={value}>
          <rect x={x} y={10} width={14} height={14} fill={colour(index)} />
          <text x={x + 19} y={22} fontSize={13} fill={colour(index)}>
            {`${attributeName} = ${value}`}
          </text>
        </g>
      ))}
      {chart.groups.map((group, groupIndex) => {
        const top = LEGEND + groupIndex * groupHeight;
        return (
          <g key={group.codeId} data-code={group.name}>
            <text
              x={LABEL_WIDTH - 8}
              y={top + (chart.values.length * BAR) / 2 + 5}
              textAnchor="end"
              fontSize={13}
              fill="#1f2937"
            >
              <title>{group.name}</title>
              {shortLabel(group.name)}
            </text>
            {group.bars.map((bar, index) => {
              const y = top + index * BAR;
              const length = chart.max > 0 ? (bar.amount / chart.max) * barSpace : 0;
              const chosen = selected?.codeId === group.codeId && selected.value === bar.value;
              const text = t('comparison.barFigures', {
                code: group.name,
                attribute: attributeName,
                value: bar.value,
                amount: format(bar.amount),
                measure: t(`comparison.measures.${measure}`),
              });
              return (
                <g
                  key={bar.value}
                  className="attribute-chart__bar"
                  tabIndex={0}
                  role="button"
                  aria-label={text}
                  aria-pressed={chosen}
                  data-value={bar.value}
                  onClick={() => onBar(group, bar.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      onBar(group, bar.value);
                    }
                  }}
                >
                  <title>{text}</title>
                  {/* The whole row answers clicks, even for a bar of zero. */}
                  <rect x={LABEL_WIDTH} y={y} width={barSpace} height={BAR} fill="transparent" />
                  <rect
                    x={LABEL_WIDTH}
                    y={y + 2}
                    width={Math.max(length, 1)}
                    height={BAR - 4}
                    fill={colour(index)}
                    stroke={chosen ? '#111827' : 'none'}
                    strokeWidth={2}
                  />
                  <text
                    x={LABEL_WIDTH + Math.max(length, 1) + 4}
                    y={y + BAR - 4}
                    fontSize={11}
                    fill="#1f2937"
                  >
                    {format(bar.amount)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
});

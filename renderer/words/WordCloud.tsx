import { forwardRef, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordFrequencyRow } from '../../app/contract/index.ts';
import { layoutCloud } from './wordCloud.ts';

const SIZE = { width: 720, height: 300 } as const;
/** More words would be too small to read; the table lists them all. */
const CLOUD_WORDS = 60;

interface Props {
  readonly rows: readonly WordFrequencyRow[];
  readonly selectedKey: string | null;
  readonly onChoose: (row: WordFrequencyRow) => void;
}

/** The most frequent words, sized by count; each word is a button showing its keywords in context. */
export const WordCloud = forwardRef<SVGSVGElement, Props>(function WordCloud(
  { rows, selectedKey, onChoose },
  ref,
) {
  const { t } = useTranslation();
  const shown = rows.slice(0, CLOUD_WORDS);
  const placed = useMemo(() => layoutCloud(shown, SIZE), [shown]);
  const byKey = new Map(shown.map((row) => [row.key, row]));
  return (
    <svg
      ref={ref}
      className="word-cloud"
      viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
      role="group"
      aria-label={t('words.cloud')}
    >
      {placed.map((word) => (
        <text
          key={word.key}
          x={word.x}
          y={word.y}
          fontSize={word.fontSize}
          textAnchor="middle"
          dominantBaseline="central"
          // Dark blue on white: over 9:1; the chosen word in dark red, with weight.
          fill={word.key === selectedKey ? '#8a1c1c' : '#1f3a5f'}
          fontWeight={word.key === selectedKey ? 700 : 500}
          tabIndex={0}
          role="button"
          aria-label={t('words.wordCount', { word: word.word, count: word.count })}
          onClick={() => {
            const row = byKey.get(word.key);
            if (row) onChoose(row);
          }}
          onKeyDown={(event) => {
            const row = byKey.get(word.key);
            if (row && (event.key === 'Enter' || event.key === ' ')) {
              event.preventDefault();
              onChoose(row);
            }
          }}
        >
          {word.word}
        </text>
      ))}
    </svg>
  );
});

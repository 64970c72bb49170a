import type { ReactNode } from 'react';
import type { TextRange } from './codeSearch.ts';

interface Props {
  readonly text: string;
  readonly ranges: readonly TextRange[];
}

/** The text with each matched range in a <mark>; overlapping ranges are merged first. */
export function Highlighted({ text, ranges }: Props) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}

import type { TextRange } from './codeSearch.ts';
import { Highlighted } from './Highlighted.tsx';

interface Props {
  readonly text: string;
  readonly ranges: readonly TextRange[];
  readonly indent: string;
}

const BEFORE = 30;
const LENGTH = 110;

/** The part of a definition around its first match, under the code's name in a search. */
export function DefinitionSnippet({ text, ranges, indent }: Props) {
  const first = Math.min(...ranges.map(([start]) => start));
  const from = Math.max(0, first - BEFORE);
  const to = Math.min(text.length, from + LENGTH);
  const shifted = ranges
    .filter(([start, end]) => end > from && start < to)
    .map(([start, end]): TextRange => [Math.max(start, from) - from, Math.min(end, to) - from]);
  return (
    <p className="code-row__snippet" style={{ paddingLeft: indent }}>
      {from > 0 && '…'}
      <Highlighted text={text.slice(from, to)} ranges={shifted} />
      {to < text.length && '…'}
    </p>
  );
}

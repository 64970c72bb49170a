/** Where the matched tokens are in a segment text marked by FTS5's highlight(). */
export function matchRanges(
  marked: string,
  open: string,
  close: string,
): { text: string; ranges: [number, number][] } {
  let text = '';
  const ranges: [number, number][] = [];
  let start = -1;
  for (const char of marked) {
    if (char === open) start = text.length;
    else if (char === close) {
      if (start >= 0) ranges.push([start, text.length]);
      start = -1;
    } else text += char;
  }
  return { text, ranges };
}

/** Keyword-in-context: up to `width` characters each side, cut at word boundaries. */
export function keywordInContext(
  text: string,
  start: number,
  end: number,
  width: number,
): { before: string; after: string } {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`.replace(/\n/gu, ' '),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`.replace(/\n/gu, ' '),
  };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The first `max` user-perceived characters of `text`: cut on a grapheme boundary, so an
 * emoji (a surrogate pair, or a sequence joined by ZWJ) or an accent is never split.
 */
export function cutText(text: string, max: number): string {
  let out = '';
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (count++ === max) break;
    out += segment;
  }
  return out;
}

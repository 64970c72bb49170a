/**
 * Paragraphs from the simple HTML that mammoth writes for a .docx (p, h1–h6, li, tables,
 * br, footnote lists). Text is already entity-escaped by mammoth; tags carry no text.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: '\u00a0',
};

function decode(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/giu, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#') && ENTITIES[name] === undefined)
      return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? match;
  });
}

export function htmlParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let row: string[] | null = null;
  let cell = '';
  let inCell = false;
  const flush = (): void => {
    const text = current.replace(/[ \t]+/gu, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  for (const token of html.split(/(<[^>]+>)/u)) {
    if (!token.startsWith('<')) {
      if (inCell) cell += decode(token);
      else current += decode(token);
      continue;
    }
    const tag = /^<\/?([a-z0-9]+)/iu.exec(token)?.[1]?.toLowerCase() ?? '';
    const closing = token.startsWith('</');
    if (tag === 'tr') {
      if (!closing) row = [];
      else if (row) {
        const text = row.filter(Boolean).join(' | ');
        if (text) paragraphs.push(text);
        row = null;
      }
    } else if (tag === 'td' || tag === 'th') {
      if (!closing) {
        inCell = true;
        cell = '';
      } else {
        row?.push(cell.replace(/\s+/gu, ' ').trim());
        inCell = false;
      }
    } else if (tag === 'br') {
      if (inCell) cell += ' ';
      else current += '\n';
    } else if (/^(p|h[1-6]|li|div|blockquote)$/u.test(tag) && !inCell) {
      flush();
    }
  }
  flush();
  return paragraphs;
}

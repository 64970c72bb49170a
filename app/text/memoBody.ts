/**
 * A memo's body is the Lexical JSON the memo editor saves (renderer/memos/memoEditorConfig.ts).
 * A body that comes from elsewhere (a colleague's project being merged, an imported file) is
 * untrusted: it may name node types the editor does not register (the editor then refuses to
 * open the memo), carry style attributes (`background: url(…)` makes the page fetch an
 * address), link to `javascript:` or local files, or nest deeply enough to exhaust the stack.
 *
 * `sanitiseMemoBody` rebuilds such a body from what the editor knows: known node types with
 * their known attributes, in the places the editor allows them. Unknown nodes are dropped but
 * their text is kept; style attributes are emptied; unsafe links lose their link but keep
 * their text. Pure: no Lexical here, so the backend can run it (renderer/memos tests check the
 * result opens in the real editor).
 */

type Json = Record<string, unknown>;

/** Node types the memo editor registers: Lexical's own plus HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode. */
export const MEMO_NODE_TYPES = [
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
] as const;

/** Deeper structures (only lists nest) become plain text: the editor itself indents a few levels. */
const MAX_DEPTH = 12;
const MAX_INDENT = 10;
/** Lexical's text format bits (bold, italic, … highlight): 11 flags. */
const MAX_TEXT_FORMAT = (1 << 11) - 1;
const ALIGNMENTS = new Set(['', 'left', 'start', 'center', 'right', 'end', 'justify']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_TYPES = new Set(['bullet', 'number', 'check']);
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list']);

/** Same rule as the editor's link dialog: web and mail addresses only. */
export function isSafeMemoUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)\S+$/iu.test(url.trim());
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function integer(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : fallback;
}

function childrenOf(node: Json): unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

/** All the text under a node, without recursion (a hostile body may nest thousands deep). */
export function textUnder(node: unknown): string {
  let text = '';
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!isObject(current)) continue;
    if (current.type === 'linebreak') text += '\n';
    else if (typeof current.text === 'string') text += current.text;
    const children = childrenOf(current);
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  }
  return text;
}

function textNode(text: string, format = 0): Json {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

/** Plain text as inline nodes: text, with a line break node for each newline. */
function plainInline(text: string): Json[] {
  const nodes: Json[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) nodes.push({ type: 'linebreak', version: 1 });
    if (line !== '') nodes.push(textNode(line));
  });
  return nodes;
}

function elementFields(node: Json): Json {
  return {
    direction: node.direction === 'ltr' || node.direction === 'rtl' ? node.direction : null,
    format: typeof node.format === 'string' && ALIGNMENTS.has(node.format) ? node.format : '',
    indent: integer(node.indent, 0, MAX_INDENT, 0),
    version: 1,
  };
}

function sanitiseText(node: Json): Json[] {
  const text = typeof node.text === 'string' ? node.text : '';
  if (node.type === 'tab') return [{ ...textNode('\t'), detail: 2, type: 'tab' }];
  if (text === '') return [];
  return [
    {
      ...textNode(text, integer(node.format, 0, MAX_TEXT_FORMAT, 0)),
      detail: integer(node.detail, 0, 3, 0),
    },
  ];
}

/** Children of a paragraph, heading, quote, list item or link. */
function inlineNodes(nodes: unknown[], depth: number, insideLink: boolean): Json[] {
  return nodes.flatMap((node) => inlineNode(node, depth, insideLink));
}

function inlineNode(node: unknown, depth: number, insideLink: boolean): Json[] {
  if (!isObject(node)) return [];
  if (node.type === 'text' || node.type === 'tab') return sanitiseText(node);
  if (node.type === 'linebreak') return [{ type: 'linebreak', version: 1 }];
  if (node.type === 'link' && !insideLink && depth < MAX_DEPTH) {
    const children = inlineNodes(childrenOf(node), depth + 1, true);
    if (typeof node.url !== 'string' || !isSafeMemoUrl(node.url)) return children;
    return [
      {
        ...elementFields(node),
        children,
        rel: 'noopener noreferrer',
        target: node.target === '_blank' ? '_blank' : null,
        title: typeof node.title === 'string' ? node.title : null,
        url: node.url.trim(),
        type: 'link',
      },
    ];
  }
  // Unknown, misplaced or too deep: its text, without the node.
  return plainInline(textUnder(node));
}

function listItem(node: Json, depth: number, listType: string): Json {
  const children = childrenOf(node).flatMap((child) =>
    isObject(child) && child.type === 'list' && depth < MAX_DEPTH
      ? blockNode(child, depth + 1)
      : inlineNode(child, depth + 1, false),
  );
  return {
    ...elementFields(node),
    children,
    value: integer(node.value, 0, Number.MAX_SAFE_INTEGER, 1),
    ...(listType === 'check' && typeof node.checked === 'boolean' ? { checked: node.checked } : {}),
    type: 'listitem',
  };
}

/** A child of the root: paragraph, heading, quote or list; anything else becomes a paragraph. */
function blockNode(node: unknown, depth: number): Json[] {
  if (!isObject(node)) return [];
  const type = typeof node.type === 'string' && BLOCK_TYPES.has(node.type) ? node.type : null;
  if (type === null || depth >= MAX_DEPTH) {
    const children = inlineNode(node, depth, false);
    return children.length === 0 ? [] : [paragraph(children)];
  }
  if (type === 'list') {
    const listType =
      typeof node.listType === 'string' && LIST_TYPES.has(node.listType) ? node.listType : 'bullet';
    const items = childrenOf(node).map((child) =>
      isObject(child) && child.type === 'listitem'
        ? listItem(child, depth + 1, listType)
        : listItem({ children: [child] }, depth + 1, listType),
    );
    return [
      {
        ...elementFields(node),
        children: items,
        listType,
        start: integer(node.start, 0, Number.MAX_SAFE_INTEGER, 1),
        tag: listType === 'number' ? 'ol' : 'ul',
        type: 'list',
      },
    ];
  }
  const children = inlineNodes(childrenOf(node), depth + 1, false);
  if (type === 'heading') {
    const tag = typeof node.tag === 'string' && HEADING_TAGS.has(node.tag) ? node.tag : 'h2';
    return [{ ...elementFields(node), children, tag, type: 'heading' }];
  }
  if (type === 'quote') return [{ ...elementFields(node), children, type: 'quote' }];
  return [
    {
      ...elementFields(node),
      children,
      textFormat: integer(node.textFormat, 0, MAX_TEXT_FORMAT, 0),
      textStyle: '',
      type: 'paragraph',
    },
  ];
}

function paragraph(children: Json[]): Json {
  return { ...elementFields({}), children, textFormat: 0, textStyle: '', type: 'paragraph' };
}

function rootOf(blocks: Json[]): string {
  return JSON.stringify({
    root: {
      children: blocks.length > 0 ? blocks : [paragraph([])],
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  });
}

/**
 * A memo's plain text as the Lexical JSON the memo editor opens: one paragraph per line.
 * Imported notes thus stay editable.
 */
export function plainTextToLexical(text: string): string {
  return rootOf(text.split('\n').map((line) => paragraph(line === '' ? [] : [textNode(line)])));
}

/**
 * The body rebuilt from the node types and attributes the memo editor knows. A body that is not
 * Lexical JSON at all is rebuilt from the memo's plain text, so nothing the author wrote is lost.
 */
export function sanitiseMemoBody(body: string, plainText: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return plainTextToLexical(plainText);
  }
  const root = isObject(parsed) && isObject(parsed.root) ? parsed.root : null;
  if (root === null || root.type !== 'root') return plainTextToLexical(plainText);
  return rootOf(childrenOf(root).flatMap((node) => blockNode(node, 1)));
}

import { describe, expect, it } from 'vitest';
import { MEMO_NODE_TYPES, plainTextToLexical, sanitiseMemoBody, textUnder } from './memoBody.ts';

type Node = { type?: string; children?: Node[]; [key: string]: unknown };

const text = (value: string, extra: Record<string, unknown> = {}): Node => ({
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
  ...extra,
});
const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
});
const body = (...children: Node[]): string => JSON.stringify({ root: element('root', children) });

function nodes(json: string): Node[] {
  const all: Node[] = [];
  const stack: Node[] = [(JSON.parse(json) as { root: Node }).root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    all.push(node);
    stack.push(...(node.children ?? []));
  }
  return all;
}

function depth(json: string): number {
  const walk = (node: Node): number => 1 + Math.max(0, ...(node.children ?? []).map(walk));
  return walk((JSON.parse(json) as { root: Node }).root);
}

/** What the memo editor saves for a memo using every feature it offers. */
const EDITOR_BODY = body(
  element('heading', [text('Hypothèse')], { tag: 'h2' }),
  element(
    'paragraph',
    [
      text('gras', { format: 1 }),
      { type: 'linebreak', version: 1 },
      { ...text('\t', { detail: 2 }), type: 'tab' },
      element('link', [text('article')], {
        rel: 'noopener noreferrer',
        target: '_blank',
        title: null,
        url: 'https://example.org/a',
      }),
    ],
    { textFormat: 1, textStyle: '' },
  ),
  element('quote', [text('« On ne sait jamais »')]),
  element('list', [element('listitem', [text('un')], { value: 1 })], {
    listType: 'number',
    start: 1,
    tag: 'ol',
  }),
);

describe('sanitiseMemoBody', () => {
  it('keeps what the memo editor itself saves, unchanged', () => {
    expect(JSON.parse(sanitiseMemoBody(EDITOR_BODY, ''))).toEqual(JSON.parse(EDITOR_BODY));
  });

  it('drops nodes the editor does not know, keeping their text', () => {
    const hostile = body(
      { type: 'script', text: 'alert(1)' } as Node,
      element('paragraph', [
        text('avant '),
        { type: 'html', html: '<img src=x onerror=alert(1)>', children: [text('visible')] } as Node,
        { type: 'image', src: 'file:///etc/passwd', altText: '' } as Node,
      ]),
      element('iframe', [text('cadre')], { src: 'https://evil.example' }),
    );
    const clean = sanitiseMemoBody(hostile, '');
    const types = new Set(nodes(clean).map((node) => node.type));
    expect(
      [...types].every((type) => (MEMO_NODE_TYPES as readonly (string | undefined)[]).includes(type)),
    ).toBe(true);
    expect(clean).not.toMatch(/script|html|onerror|image|passwd|iframe|evil/u);
    expect(textUnder(JSON.parse(clean).root)).toBe('alert(1)avant visiblecadre');
  });

  it('empties style attributes and drops attributes the editor does not know', () => {
    const hostile = body(
      element(
        'paragraph',
        [text('lien', { style: 'background-image: url(https://evil.example/t.png)', onclick: 'x' })],
        {
          textStyle: 'background: url(https://evil.example/p)',
          style: 'color: red',
          $: { state: 'x' },
          __proto__x: 1,
        },
      ),
    );
    const clean = sanitiseMemoBody(hostile, '');
    expect(clean).not.toContain('url(');
    expect(clean).not.toMatch(/onclick|color|__proto__|"\$"/u);
    const [, paragraph, lien] = nodes(clean);
    expect(paragraph).toMatchObject({ type: 'paragraph', textStyle: '' });
    expect(lien).toMatchObject({ type: 'text', text: 'lien', style: '' });
  });

  it('turns links to scripts or local files into their text', () => {
    const clean = sanitiseMemoBody(
      body(
        element('paragraph', [
          element('link', [text('clic')], { url: 'javascript:alert(1)' }),
          element('link', [text(' fichier')], { url: 'file:///home/ana/.ssh/id_rsa' }),
          element('link', [text(' web')], { url: 'https://example.org', rel: 'opener', target: '_top' }),
        ]),
      ),
      '',
    );
    expect(clean).not.toMatch(/javascript|file:/u);
    const links = nodes(clean).filter((node) => node.type === 'link');
    expect(links).toEqual([
      expect.objectContaining({ url: 'https://example.org', rel: 'noopener noreferrer', target: null }),
    ]);
    expect(textUnder(JSON.parse(clean).root)).toBe('clic fichier web');
  });

  it('flattens huge nesting into text without exhausting the stack', () => {
    const levels = 100_000;
    let json = '{"text":"au fond"}';
    for (let level = 0; level < levels; level++)
      json = `{"type":"${level % 2 ? 'list' : 'listitem'}","listType":"bullet","children":[${json}]}`;
    const hostile = `{"root":{"type":"root","children":[${json}]}}`;
    const clean = sanitiseMemoBody(hostile, '');
    expect(depth(clean)).toBeLessThan(40);
    expect(textUnder(JSON.parse(clean).root)).toBe('au fond');
  });

  it('puts inline nodes found at the top level into a paragraph, and blocks found inline into text', () => {
    const clean = sanitiseMemoBody(
      body(text('seul'), element('paragraph', [element('heading', [text('titre')], { tag: 'h1' })])),
      '',
    );
    expect(JSON.parse(clean).root.children).toEqual([
      expect.objectContaining({ type: 'paragraph', children: [expect.objectContaining({ text: 'seul' })] }),
      expect.objectContaining({ type: 'paragraph', children: [expect.objectContaining({ text: 'titre' })] }),
    ]);
  });

  it('rebuilds a body that is not Lexical JSON from the plain text, losing nothing', () => {
    for (const broken of ['{not json', '[]', '{"root":null}', '{"root":{"type":"paragraph"}}', '"x"'])
      expect(sanitiseMemoBody(broken, 'ligne 1\nligne 2'), broken).toBe(
        plainTextToLexical('ligne 1\nligne 2'),
      );
  });

  it('is idempotent', () => {
    const once = sanitiseMemoBody(body(element('mystery', [text('a')]), text('b', { style: 'x' })), '');
    expect(sanitiseMemoBody(once, '')).toBe(once);
  });
});

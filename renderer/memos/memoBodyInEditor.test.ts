import { createEditor, type Klass, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { MEMO_NODE_TYPES, sanitiseMemoBody } from '../../app/text/memoBody.ts';
import { memoEditorConfig } from './memoEditorConfig.ts';

function memoEditor() {
  const config = memoEditorConfig(null, (error) => {
    throw error;
  });
  const nodes = (config.nodes ?? []) as readonly Klass<LexicalNode>[];
  return createEditor({
    namespace: config.namespace,
    nodes,
    onError: (error) => {
      throw error;
    },
  });
}

/** The types an editor knows: the nodes it was given plus Lexical's own. */
function registeredTypes(): string[] {
  return [...memoEditor()._nodes.keys()].filter((type) => type !== 'artificial').sort();
}

describe('the backend’s memo sanitiser and the memo editor', () => {
  it('know the same node types', () => {
    expect(registeredTypes()).toEqual([...MEMO_NODE_TYPES].sort());
  });

  it('give the editor a body it opens, where the raw hostile one is refused', () => {
    const hostile = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        children: [
          { type: 'youtube', videoID: 'x', version: 1 },
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'text', text: 'a', style: 'background:url(https://evil.example)', version: 1 },
              { type: 'equation', equation: 'x', inline: true, version: 1 },
            ],
          },
        ],
      },
    });
    const editor = memoEditor();
    expect(() => editor.parseEditorState(hostile)).toThrow();
    const state = editor.parseEditorState(sanitiseMemoBody(hostile, 'a'));
    expect(JSON.stringify(state.toJSON())).not.toContain('url(');
  });
});

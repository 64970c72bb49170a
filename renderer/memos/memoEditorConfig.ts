import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';

/** Class names Lexical puts on what it renders, styled in memos/memos.css. */
const theme = {
  paragraph: 'memo-text__paragraph',
  heading: { h2: 'memo-text__h2', h3: 'memo-text__h3' },
  list: { ul: 'memo-text__ul', ol: 'memo-text__ol', listitem: 'memo-text__li' },
  link: 'memo-text__link',
  text: { bold: 'memo-text__bold', italic: 'memo-text__italic' },
};

/**
 * The editor of one memo. `body` is the Lexical JSON saved by memos/save; an empty or
 * unreadable body starts an empty memo rather than failing (the plain text is kept apart).
 */
export function memoEditorConfig(body: string | null, onError: (error: Error) => void): InitialConfigType {
  let editorState: string | undefined;
  if (body) {
    try {
      const parsed = JSON.parse(body) as { root?: unknown };
      if (parsed.root) editorState = body;
    } catch {
      editorState = undefined;
    }
  }
  return {
    namespace: 'verbatim-memo',
    theme,
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    editorState,
    onError,
  };
}

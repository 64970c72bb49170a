import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  FORMAT_TEXT_COMMAND,
  type BaseSelection,
} from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { $selectedBlockType, $setSelectedBlocks, type BlockType } from './blockType.ts';
import { isSafeUrl, normaliseUrl } from './memoText.ts';

interface Active {
  readonly block: BlockType | null;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly link: boolean;
}

const NONE: Active = { block: null, bold: false, italic: false, link: false };

/** Headings, bold, italic, lists and links: what a research memo needs, nothing more. */
export function MemoToolbar() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<Active>(NONE);
  const [linking, setLinking] = useState<string | null>(null);
  // The selection to link, kept while the address field has the focus.
  const saved = useRef<BaseSelection | null>(null);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          const node = selection.anchor.getNode();
          setActive({
            block: $selectedBlockType(),
            bold: selection.hasFormat('bold'),
            italic: selection.hasFormat('italic'),
            link: $isLinkNode(node.getParent()) || $isLinkNode(node),
          });
        });
      }),
    [editor],
  );

  const setBlock = (type: BlockType): void => {
    if (type === 'ul' || type === 'ol') {
      const command = type === 'ul' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND;
      editor.dispatchCommand(active.block === type ? REMOVE_LIST_COMMAND : command, undefined);
      return;
    }
    editor.update(() => $setSelectedBlocks(active.block === type ? 'paragraph' : type));
  };

  const startLink = (): void => {
    if (active.link) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      return;
    }
    editor.getEditorState().read(() => {
      saved.current = $getSelection()?.clone() ?? null;
    });
    setLinking('');
  };

  const applyLink = (): void => {
    const url = normaliseUrl(linking ?? '');
    setLinking(null);
    if (!isSafeUrl(url)) return;
    editor.update(() => {
      if (saved.current) $setSelection(saved.current.clone());
    });
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    editor.focus();
  };

  const button = (label: string, pressed: boolean, onClick: () => void, content: ReactNode, name: string) => (
    <button
      type="button"
      className={`memo-toolbar__button memo-toolbar__button--${name}`}
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      // Keeps the editor's selection: the button acts on it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {content}
    </button>
  );

  return (
    <div className="memo-toolbar" role="toolbar" aria-label={t('memos.toolbar')}>
      {button(
        t('memos.paragraph'),
        active.block === 'paragraph',
        () => setBlock('paragraph'),
        '¶',
        'paragraph',
      )}
      {button(t('memos.heading'), active.block === 'h2', () => setBlock('h2'), 'H1', 'heading')}
      {button(t('memos.subheading'), active.block === 'h3', () => setBlock('h3'), 'H2', 'subheading')}
      <span className="memo-toolbar__separator" aria-hidden="true" />
      {button(
        t('memos.bold'),
        active.bold,
        () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
        <b>B</b>,
        'bold',
      )}
      {button(
        t('memos.italic'),
        active.italic,
        () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
        <i>I</i>,
        'italic',
      )}
      <span className="memo-toolbar__separator" aria-hidden="true" />
      {button(t('memos.bulletList'), active.block === 'ul', () => setBlock('ul'), '•', 'bullets')}
      {button(t('memos.numberedList'), active.block === 'ol', () => setBlock('ol'), '1.', 'numbers')}
      {button(
        active.link ? t('memos.removeLink') : t('memos.link'),
        active.link,
        startLink,
        t('memos.link'),
        'link',
      )}
      {linking !== null && (
        <form
          className="memo-toolbar__link"
          onSubmit={(event) => {
            event.preventDefault();
            applyLink();
          }}
        >
          <input
            type="text"
            aria-label={t('memos.linkUrl')}
            placeholder="https://…"
            value={linking}
            autoFocus
            onChange={(event) => setLinking(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                setLinking(null);
                editor.focus();
              }
            }}
          />
          <button type="submit" className="button button--small">
            {t('memos.applyLink')}
          </button>
        </form>
      )}
    </div>
  );
}

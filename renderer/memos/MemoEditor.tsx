import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot } from 'lexical';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memoEditorConfig } from './memoEditorConfig.ts';
import { isSafeUrl } from './memoText.ts';
import { MemoToolbar } from './MemoToolbar.tsx';
import { OpenLinkOnModifierClick } from './OpenLinkOnModifierClick.tsx';

interface Props {
  /** The saved Lexical JSON, or null for a new memo. */
  readonly body: string | null;
  readonly onChange: (body: string, plainText: string) => void;
  readonly onBlur: () => void;
  readonly autoFocus?: boolean;
}

/** The rich-text editor of a memo: headings, bold, italic, lists and links. */
export function MemoEditor({ body, onChange, onBlur, autoFocus = false }: Props) {
  const { t } = useTranslation();
  // Read once: the editor owns its state from then on.
  const [initialConfig] = useState(() =>
    memoEditorConfig(body, (error) => {
      console.error(error);
    }),
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="memo-editor">
        <MemoToolbar />
        <div className="memo-editor__area">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="memo-editor__text"
                aria-label={t('memos.editorLabel')}
                aria-placeholder={t('memos.placeholder')}
                placeholder={<p className="memo-editor__placeholder">{t('memos.placeholder')}</p>}
                onBlur={onBlur}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        {autoFocus && <AutoFocusPlugin />}
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeUrl} attributes={{ rel: 'noopener noreferrer', target: '_blank' }} />
        <OpenLinkOnModifierClick />
        <OnChangePlugin
          ignoreSelectionChange
          onChange={(editorState) => {
            const plainText = editorState.read(() => $getRoot().getTextContent());
            onChange(JSON.stringify(editorState.toJSON()), plainText);
          }}
        />
      </div>
    </LexicalComposer>
  );
}

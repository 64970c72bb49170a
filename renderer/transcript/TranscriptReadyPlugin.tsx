import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * Tells the view when the editor's DOM holds the segments, so that highlights are painted on
 * the real text nodes (and repainted if Lexical ever re-renders them).
 */
export function TranscriptReadyPlugin({ onReady }: { readonly onReady: (root: HTMLElement) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const notify = (): void => {
      const root = editor.getRootElement();
      if (root?.querySelector('[data-ordinal]')) onReady(root);
    };
    notify();
    const stopUpdates = editor.registerUpdateListener(notify);
    const stopRoot = editor.registerRootListener(notify);
    return () => {
      stopUpdates();
      stopRoot();
    };
  }, [editor, onReady]);
  return null;
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { openLinkInBrowser } from '../api/links.ts';

/**
 * Ctrl+click (⌘+click on macOS) on a link in a memo opens it in the browser, as in word
 * processors; a plain click keeps placing the caret for editing. The click handler is the only
 * way a memo link leaves the app, so the address is always one the user clicked.
 */
export function OpenLinkOnModifierClick() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onClick = (event: MouseEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || !(event.target instanceof Element)) return;
      const link = event.target.closest('a[href]');
      if (!(link instanceof HTMLAnchorElement)) return;
      event.preventDefault();
      openLinkInBrowser(link.href);
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
  }, [editor]);
  return null;
}

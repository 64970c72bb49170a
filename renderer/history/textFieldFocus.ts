/**
 * True when the keyboard is in a field with its own text undo (an input, a text area, a
 * memo editor). The transcript is a read-only editor: there, Undo is the project's.
 */
export function isEditingText(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.closest('.transcript__scroll')) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) {
    return ['text', 'search', 'email', 'url', 'tel', 'number', 'password', ''].includes(element.type);
  }
  return element.isContentEditable;
}

export type HistoryKey = 'undo' | 'redo' | null;

/** Ctrl/Cmd+Z is undo; Ctrl/Cmd+Shift+Z and Ctrl+Y are redo. */
export function historyKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): HistoryKey {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

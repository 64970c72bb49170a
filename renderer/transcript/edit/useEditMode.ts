import { useCallback, useEffect, useRef, useState } from 'react';
import { mutate } from '../../api/useQuery.ts';
import { installLeaveGuard } from './leaveGuard.ts';
import type { DocumentEdit } from './EditTranscript.tsx';

export interface EditMode {
  /** The document in edit mode (one at a time), or null. */
  readonly documentId: number | null;
  readonly saving: boolean;
  /** An action waiting for the researcher to confirm that unsaved edits may go. */
  readonly pendingLeave: (() => void) | null;
  readonly start: (documentId: number) => void;
  readonly stop: () => void;
  readonly setDirty: (dirty: boolean) => void;
  /** Runs `action` (open another document, another view) now, or after asking when edits are unsaved. */
  readonly guard: (action: () => void) => void;
  readonly confirmLeave: () => void;
  readonly keepEditing: () => void;
  readonly save: (documentId: number, textLength: number, edit: DocumentEdit) => void;
}

/**
 * Which document is being edited, whether it has unsaved changes, and the one call that saves
 * them. Leaving the document, the view or the page with unsaved edits asks first.
 */
export function useEditMode(onError: (error: unknown) => void): EditMode {
  const [documentId, setDocumentId] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const dirty = useRef(false);
  const [unsaved, setUnsaved] = useState(false);

  const setDirty = useCallback((value: boolean) => {
    dirty.current = value;
    setUnsaved(value);
  }, []);

  const stop = useCallback(() => {
    setDirty(false);
    setDocumentId(null);
  }, [setDirty]);

  // Closing the window or reloading the page with unsaved edits: the browser asks.
  useEffect(() => {
    if (documentId === null || !unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [documentId, unsaved]);

  const guard = useCallback(
    (action: () => void) => {
      if (documentId === null) action();
      else if (dirty.current) setPendingLeave(() => action);
      else {
        stop();
        action();
      }
    },
    [documentId, stop],
  );

  // Closing the project from the top bar asks too.
  useEffect(() => {
    installLeaveGuard(guard);
    return () => installLeaveGuard(null);
  }, [guard]);

  return {
    documentId,
    saving,
    pendingLeave,
    start: setDocumentId,
    stop,
    setDirty,
    guard,
    confirmLeave: () => {
      const action = pendingLeave;
      setPendingLeave(null);
      stop();
      action?.();
    },
    keepEditing: () => {
      setPendingLeave(null);
      // The keyboard goes back to the text being edited, not to what was clicked (after the
      // closing dialog has given the focus back to that).
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.transcript__text--editing')?.focus());
    },
    save: (id, textLength, edit) => {
      setSaving(true);
      mutate('documents/edit', { id, edits: edit.edits, turns: edit.turns, expectedLength: textLength })
        .then(() => {
          onError(null);
          stop();
        })
        .catch(onError)
        .finally(() => setSaving(false));
    },
  };
}

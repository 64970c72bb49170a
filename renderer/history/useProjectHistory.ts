import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryEntry, HistoryStatus } from '../../app/contract/index.ts';
import { call, onMenuCommand } from '../api/client.ts';
import { historyKey, isEditingText } from './textFieldFocus.ts';

type Step = 'undo' | 'redo';

/** What the last undo or redo did, for the live region (screen readers hear it). */
export interface HistoryAnnouncement {
  readonly kind: Step;
  /** The change undone or redone. */
  readonly done: HistoryEntry;
}

interface ProjectHistory {
  readonly status: HistoryStatus;
  readonly announcement: HistoryAnnouncement | null;
  readonly undo: () => void;
  readonly redo: () => void;
}

/** A modal dialog is open: its own state was read before the change, so leave the project alone. */
function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Undo and redo of the project's changes (codings, codes, memos, merges), from the
 * keyboard, the Edit menu and the buttons. In a text field the field's own undo applies.
 * `revision` changes after every write, so the labels ("Undo: code «opacity»") stay true.
 */
export function useProjectHistory(
  revision: number,
  onChanged: () => void,
  onError: (error: unknown) => void,
): ProjectHistory {
  const [status, setStatus] = useState<HistoryStatus>({
    undo: null,
    redo: null,
    undoPhrase: null,
    redoPhrase: null,
  });
  const [announcement, setAnnouncement] = useState<HistoryAnnouncement | null>(null);
  // The key handler reads the latest status without re-subscribing on every change.
  const latest = useRef(status);
  // Steps not yet answered: the status is stale until they are, so keys are not ignored then.
  const inFlight = useRef(0);

  useEffect(() => {
    let current = true;
    call('history/status', {})
      .then((next) => {
        if (!current) return;
        latest.current = next;
        setStatus(next);
      })
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [revision, onError]);

  const step = useCallback(
    (kind: Step) => {
      inFlight.current += 1;
      call(kind === 'undo' ? 'history/undo' : 'history/redo', {})
        .finally(() => {
          inFlight.current -= 1;
        })
        .then((result) => {
          const { done, ...next } = result;
          latest.current = next;
          setStatus(next);
          setAnnouncement({ kind, done });
          onError(null);
          onChanged();
        })
        .catch((error: unknown) => {
          onError(error);
          // A change that can no longer be replayed leaves the history: re-read it and the labels.
          onChanged();
        });
    },
    [onChanged, onError],
  );

  useEffect(() => {
    // Nothing to undo: a key press is not worth an error message.
    const canStep = (kind: Step): boolean => inFlight.current > 0 || latest.current[kind] !== null;
    const onKeyDown = (event: KeyboardEvent): void => {
      const kind = historyKey(event);
      if (!kind || event.defaultPrevented || isEditingText(document.activeElement) || modalOpen()) return;
      event.preventDefault();
      if (canStep(kind)) step(kind);
    };
    window.addEventListener('keydown', onKeyDown);
    // The Edit menu (Electron) sends the same choice.
    const unsubscribe = onMenuCommand((command) => {
      if (command !== 'undo' && command !== 'redo') return;
      if (isEditingText(document.activeElement)) document.execCommand(command);
      else if (!modalOpen() && canStep(command)) step(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [step]);

  return {
    status,
    announcement,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
  };
}

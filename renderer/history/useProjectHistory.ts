import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryEntry, HistoryStatus } from '../../app/contract/index.ts';
import { onMenuCommand } from '../api/client.ts';
import { EVERY_DOMAIN } from '../api/queryDomains.ts';
import { mutate, queries, useQuery } from '../api/useQuery.ts';
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

const NOTHING_TO_STEP: HistoryStatus = { undo: null, redo: null, undoPhrase: null, redoPhrase: null };

/** A modal dialog is open: its own state was read before the change, so leave the project alone. */
function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Undo and redo of the project's changes (codings, codes, memos, cases, sets, documents, merges), from the
 * keyboard, the Edit menu and the buttons. In a text field the field's own undo applies.
 * The status is a query: every write asks it again, so the labels ("Undo: code «opacity»") stay true.
 */
export function useProjectHistory(onError: (error: unknown) => void): ProjectHistory {
  const status = useQuery('history/status', {}, onError).data ?? NOTHING_TO_STEP;
  const [announcement, setAnnouncement] = useState<HistoryAnnouncement | null>(null);
  // The key handler reads the latest status without re-subscribing on every change.
  const latest = useRef(status);
  // Steps not yet answered: the status is stale until they are, so keys are not ignored then.
  const inFlight = useRef(0);

  useEffect(() => {
    latest.current = status;
  }, [status]);

  const step = useCallback(
    (kind: Step) => {
      inFlight.current += 1;
      mutate(kind === 'undo' ? 'history/undo' : 'history/redo', {})
        .finally(() => {
          inFlight.current -= 1;
        })
        .then((result) => {
          const { done, ...next } = result;
          // Until the status is read again, keys act on what this step answered.
          latest.current = next;
          setAnnouncement({ kind, done });
          onError(null);
        })
        .catch((error: unknown) => {
          onError(error);
          // A change that can no longer be replayed leaves the history: re-read it and the labels.
          queries.invalidate([EVERY_DOMAIN]);
        });
    },
    [onError],
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

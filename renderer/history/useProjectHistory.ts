import { useCallback, useEffect, useState } from 'react';
import type { HistoryStatus } from '../../app/contract/index.ts';
import { call, onMenuCommand } from '../api/client.ts';
import { historyKey, isEditingText } from './textFieldFocus.ts';

interface ProjectHistory {
  readonly status: HistoryStatus;
  readonly undo: () => void;
  readonly redo: () => void;
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
  const [status, setStatus] = useState<HistoryStatus>({ undo: null, redo: null });

  useEffect(() => {
    let current = true;
    call('history/status', {})
      .then((next) => current && setStatus(next))
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [revision, onError]);

  const step = useCallback(
    (kind: 'undo' | 'redo') => {
      call(kind === 'undo' ? 'history/undo' : 'history/redo', {})
        .then((result) => {
          setStatus({ undo: result.undo, redo: result.redo });
          onError(null);
          onChanged();
        })
        .catch(onError);
    },
    [onChanged, onError],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const kind = historyKey(event);
      if (!kind || isEditingText(document.activeElement)) return;
      event.preventDefault();
      step(kind);
    };
    window.addEventListener('keydown', onKeyDown);
    // The Edit menu (Electron) sends the same choice.
    const unsubscribe = onMenuCommand((command) => {
      if (command !== 'undo' && command !== 'redo') return;
      if (isEditingText(document.activeElement)) document.execCommand(command);
      else step(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [step]);

  return {
    status,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
  };
}

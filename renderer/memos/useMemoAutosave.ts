import { useCallback, useEffect, useRef, useState } from 'react';
import type { Memo } from '../../app/contract/index.ts';
import { mutate } from '../api/useQuery.ts';
import { memoTitle } from './memoText.ts';
import type { MemoTarget } from './memoTarget.ts';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

interface Content {
  readonly body: string;
  readonly plainText: string;
}

const DELAY_MS = 600;

/**
 * Saves a memo as the user types: 600 ms after the last change, and at once on blur or
 * close; a memo whose text is all deleted is deleted. Saves run one after another, so that the first one's new id is used by the next
 * (two overlapping first saves would create two memos). The status says "saved" only once
 * memos/save has returned with nothing newer waiting.
 */
export function useMemoAutosave(target: MemoTarget, initial: Memo | null, onSaved?: (memo: Memo) => void) {
  const memoId = useRef<number | null>(initial?.id ?? null);
  const savedBody = useRef<string | null>(initial?.body ?? null);
  const waiting = useRef<Content | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saved = useRef(onSaved);
  const [status, setStatus] = useState<SaveStatus>(initial ? 'saved' : 'idle');
  const [error, setError] = useState('');

  useEffect(() => {
    saved.current = onSaved;
  }, [onSaved]);

  const { kind, id: targetId } = target;
  const flush = useCallback((): Promise<void> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    queue.current = queue.current.then(async () => {
      const content = waiting.current;
      waiting.current = null;
      if (!content || content.body === savedBody.current) return;
      const empty = content.plainText.trim() === '';
      // An untouched new memo is not worth a row.
      if (memoId.current === null && empty) return;
      setStatus('saving');
      try {
        if (empty && memoId.current !== null) {
          // Emptied (its text deleted, or undone to nothing in the editor): the memo goes, in
          // one step Undo can take back, rather than staying listed as an empty "(untitled)".
          await mutate('memos/delete', { id: memoId.current });
          memoId.current = null;
          savedBody.current = content.body;
          setStatus(waiting.current ? 'pending' : 'saved');
          return;
        }
        const memo = await mutate('memos/save', {
          ...(memoId.current === null ? {} : { id: memoId.current }),
          targetKind: kind,
          targetId,
          title: memoTitle(content.plainText),
          body: content.body,
          plainText: content.plainText,
        });
        memoId.current = memo.id;
        savedBody.current = content.body;
        setStatus(waiting.current ? 'pending' : 'saved');
        saved.current?.(memo);
      } catch (caught) {
        // Kept for the next attempt (the next keystroke, blur or close).
        waiting.current ??= content;
        setError(caught instanceof Error ? caught.message : String(caught));
        setStatus('failed');
      }
    });
    return queue.current;
  }, [kind, targetId]);

  const changed = useCallback(
    (body: string, plainText: string): void => {
      if (body === savedBody.current && waiting.current === null) return;
      waiting.current = { body, plainText };
      setStatus('pending');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  // Closing the editor saves what is left.
  useEffect(() => () => void flush(), [flush]);

  // Closing the window or reloading the page while words wait for their save: the save
  // starts at once, and the browser (or the desktop app, main/electron/window.ts) asks before
  // leaving, which gives it the time to be written.
  const unsaved = status === 'pending' || status === 'saving' || status === 'failed';
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      void flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved, flush]);

  return { status, error, changed, flush };
}

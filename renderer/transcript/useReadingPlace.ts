import { useEffect, useLayoutEffect, useRef } from 'react';
import { locateInSegments } from './offsets.ts';
import type { ReadingPlaces } from '../workspace/readingPlace.ts';

/** How often, at most, the reading place is read from the page and kept while scrolling. */
const PLACE_SAVE_DELAY_MS = 400;

interface Options {
  readonly readingPlaces: ReadingPlaces | undefined;
  readonly documentId: number;
  readonly segments: readonly { readonly start: number; readonly end: number }[];
  /** The pane is on screen (not behind another tab) and its turns are mounted. */
  readonly shown: boolean;
  /** A jump into this document (an excerpt opened from the analysis panel) wins. */
  readonly jumpedHere: boolean;
  /** The first turn in view and how much of it is scrolled past; null while hidden. */
  readonly placeShown: () => { readonly index: number; readonly fraction: number } | null;
  /** Brings turn `index` to the pane's top, `fraction` of it scrolled past. */
  readonly goTo: (index: number, fraction: number) => void;
}

/**
 * Where the reader was in a document, kept as a place in the text (see readingPlace.ts):
 * restored once when the document is opened and first shown, then read from the page at
 * most every PLACE_SAVE_DELAY_MS while the reader scrolls (never on each scroll event), and
 * once more when the document is left or the page goes (a reload). Returns what the pane's
 * scroll handler calls.
 */
export function useReadingPlace({
  readingPlaces,
  documentId,
  segments,
  shown,
  jumpedHere,
  placeShown,
  goTo,
}: Options): () => void {
  // Saving starts once the remembered place is restored (or there was none): opening a
  // document never overwrites its place with the top.
  const restored = useRef(false);
  const timer = useRef<number | null>(null);
  const save = useRef<() => void>(() => undefined);
  useEffect(() => {
    save.current = () => {
      const place = placeShown();
      const segment = place ? segments[place.index] : undefined;
      if (place && segment)
        readingPlaces?.save(documentId, { offset: segment.start, fraction: place.fraction });
    };
  }, [placeShown, segments, readingPlaces, documentId]);

  // A layout effect: its clean-up runs while the turns are still on the page.
  useLayoutEffect(() => {
    const saveNow = (): void => {
      if (timer.current === null) return;
      window.clearTimeout(timer.current);
      timer.current = null;
      save.current();
    };
    window.addEventListener('pagehide', saveNow);
    return () => {
      window.removeEventListener('pagehide', saveNow);
      saveNow();
    };
  }, []);

  useEffect(() => {
    if (restored.current || !shown) return;
    restored.current = true;
    const place = readingPlaces?.load(documentId);
    if (!place || jumpedHere) return;
    const index = locateInSegments(segments, place.offset, 'start')?.index;
    if (index !== undefined) goTo(index, place.fraction);
    // Once per opening, when the pane is first shown: later renders are the reader's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);

  return () => {
    if (!restored.current || timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      save.current();
    }, PLACE_SAVE_DELAY_MS);
  };
}

import type { Db } from '../../db/index.ts';
import { sortedByPosition } from './cooccurrence.ts';
import { projectCodings, projectDocumentLengths, projectSegmentBounds } from './projectData.ts';
import { indexUnits } from './scopes.ts';
import { projectWordIndex } from '../words/projectWords.ts';

/**
 * How long after a project is opened the warm-up starts: the shell's first calls (the
 * document list, the codebook: what the first paint shows) go before it.
 */
const AFTER_OPEN_MS = 250;

/**
 * The word index (app/words/projectWords.ts) is built in one turn: about 0.4 s for the
 * 1× scale project's 11.7 million characters. Above this the warm-up leaves it to the Words
 * view, so it never holds the backend much longer than that.
 */
export const WARM_WORDS_MAX_CHARACTERS = 16_000_000;

function warmWordIndex(db: Db): void {
  let characters = 0;
  for (const document of projectDocumentLengths(db)) characters += document.length;
  if (characters <= WARM_WORDS_MAX_CHARACTERS) projectWordIndex(db);
}

/** A warm-up under way: `done` settles when it has finished or was cancelled. */
export interface WarmUp {
  readonly done: Promise<void>;
  cancel(): void;
}

/**
 * Reads into the analysis cache (dataCache.ts) what the first co-occurrence, matrix,
 * agreement or word-frequency call of a large project would read: at 10× (200,000 codings, 400,000 segments)
 * that first call otherwise pays 0.4-1.2 s of CPU. Each list is read in its own turn of the
 * event loop, so a call arriving meanwhile waits for one read at most, then finds it
 * cached (or reads it itself, and the warm-up finds it cached). Interactive shells only:
 * a CLI command reads what it needs once and exits.
 */
export function warmAnalysisCache(db: Db): WarmUp {
  // The lists, then what the first call builds from them and keeps per list: the codings
  // by position (the sweep) and the segments by document (the segment scope).
  const steps = [
    () => projectCodings(db),
    () => sortedByPosition(projectCodings(db)),
    () => projectSegmentBounds(db),
    () => indexUnits(projectSegmentBounds(db)),
    () => projectDocumentLengths(db),
    // Last: the first word count after open otherwise pays 0.4-0.5 s at 1×.
    () => warmWordIndex(db),
  ];
  let cancelled = false;
  let turn: ReturnType<typeof setImmediate> | undefined;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const next = (): void => {
    const step = steps.shift();
    if (cancelled || !step || !db.open) return finish();
    turn = setImmediate(() => {
      if (cancelled || !db.open) return finish();
      try {
        step();
      } catch {
        // Warming is only an advance: the call that needs the list reads it and reports.
      }
      next();
    });
  };
  const delay = setTimeout(next, AFTER_OPEN_MS);
  return {
    done,
    cancel: () => {
      cancelled = true;
      clearTimeout(delay);
      clearImmediate(turn);
      finish();
    },
  };
}

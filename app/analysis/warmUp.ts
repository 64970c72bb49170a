import type { Db } from '../../db/index.ts';
import { sortedByPosition } from './cooccurrence.ts';
import { projectCodings, projectDocumentLengths, projectSegmentBounds } from './projectData.ts';
import { indexUnits } from './scopes.ts';

/**
 * How long after a project is opened the warm-up starts: the shell's first calls (the
 * document list, the codebook: what the first paint shows) go before it.
 */
const AFTER_OPEN_MS = 250;

/** A warm-up under way: `done` settles when it has finished or was cancelled. */
export interface WarmUp {
  readonly done: Promise<void>;
  cancel(): void;
}

/**
 * Reads into the analysis cache (dataCache.ts) what the first co-occurrence, matrix or
 * agreement call of a large project would read: at 10× (200,000 codings, 400,000 segments)
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

import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { fillLargeProject } from './largeProject.ts';

/** The 1× project of issue #15: 200 interviews of 8,000 words, 60 codes, 20,000 codings. */
export const SCALE_UNIT = { documents: 200, words: 8000, codes: 60, codings: 20000 } as const;

export interface ScaleProject {
  /** The project file, closed: open it in the process that measures. */
  readonly path: string;
  readonly factor: number;
  readonly documents: number;
  readonly codings: number;
  /** How long the generator took, in ms (not a measure of Verbatim). */
  readonly buildMs: number;
}

/**
 * Builds the `factor`× project of issue #15 (1×: 200 interviews and 20,000 codings; 10×:
 * 2,000 and 200,000) with the deterministic generator of the reference project, so every
 * run and every section of the scale bench measures the same file. Straight SQL inserts in
 * one transaction: the generator measures nothing itself.
 */
export async function buildScaleProject(
  factor: number,
  folder = makeTempDir('bench-scale'),
): Promise<ScaleProject> {
  const path = join(folder, `scale-${factor}x.verbatim`);
  const start = performance.now();
  const sizes = {
    documents: SCALE_UNIT.documents * factor,
    words: SCALE_UNIT.words,
    codes: SCALE_UNIT.codes,
    codings: SCALE_UNIT.codings * factor,
  };
  // VERBATIM_SCALE_CACHE names a folder keeping each project as built: a later run copies
  // it instead of spending minutes building the 10× project again on a shared machine.
  const keep = process.env.VERBATIM_SCALE_CACHE;
  const kept = keep === undefined ? null : join(keep, `scale-${factor}x.verbatim`);
  if (kept !== null && existsSync(kept)) {
    copyFileSync(kept, path);
    return {
      path,
      factor,
      documents: sizes.documents,
      codings: sizes.codings,
      buildMs: performance.now() - start,
    };
  }
  const session = testSession();
  await call(session, 'project/create', { path });
  fillLargeProject(session.db(), sizes);
  session.close();
  if (kept !== null) copyFileSync(path, kept);
  return {
    path,
    factor,
    documents: sizes.documents,
    codings: sizes.codings,
    buildMs: performance.now() - start,
  };
}

/**
 * `count` codings as `verbatim code --jsonl` lines on a `factor`× project, deterministic,
 * spread over every document and code; each range lies within the first 20,000 characters,
 * which every generated interview exceeds.
 */
export function scaleCodingLines(factor: number, count: number, seed = 0): string {
  const documents = SCALE_UNIT.documents * factor;
  const lines: string[] = [];
  for (let k = 0; k < count; k++) {
    const doc = `entretien-${String((k * 7919 + seed) % documents).padStart(3, '0')}`;
    const start = (k * 131 + seed * 17) % 19000;
    const end = start + 20 + (k % 400);
    lines.push(JSON.stringify({ doc, start, end, code: `code ${(k * 13 + seed) % SCALE_UNIT.codes}` }));
  }
  return lines.join('\n') + '\n';
}

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
  const session = testSession();
  const start = performance.now();
  await call(session, 'project/create', { path });
  const sizes = {
    documents: SCALE_UNIT.documents * factor,
    words: SCALE_UNIT.words,
    codes: SCALE_UNIT.codes,
    codings: SCALE_UNIT.codings * factor,
  };
  fillLargeProject(session.db(), sizes);
  session.close();
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

import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, testSession } from '../support/session.ts';
import { fillLargeProject } from './largeProject.ts';

/**
 * A minimal stand-in for the 1× and 10× projects (200 or 2,000 transcripts of
 * 8,000 words, 60 codes, 20,000 or 200,000 codings), for the export benchmarks only, until
 * the shared deterministic generator (tests/bench/scaleProject.ts) is there. Built once in
 * the temporary folder and reused by later runs: the contents are deterministic.
 */
export async function exportScaleProject(scale: 1 | 10): Promise<string> {
  const folder = join(tmpdir(), 'verbatim-bench-exports');
  const path = join(folder, `scale-${scale}x.verbatim`);
  if (existsSync(path)) return path;
  mkdirSync(folder, { recursive: true });
  const building = join(folder, `building-${scale}x-${process.pid}.verbatim`);
  const session = testSession();
  await call(session, 'project/create', { path: building });
  const ms = fillLargeProject(session.db(), {
    documents: 200 * scale,
    words: 8000,
    codes: 60,
    codings: 20000 * scale,
  });
  session.close();
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  renameSync(building, path);
  console.log(`  built the ${scale}× project in ${(ms / 1000).toFixed(1)} s (${path})`);
  return path;
}

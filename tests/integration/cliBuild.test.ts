import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCli, cliBuildPaths, ensureCliBuilt, freshCliEntry } from '../../scripts/build-cli.mjs';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cliProcess } from '../support/cli.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** A tiny project with the layout of Verbatim's: main/cli/main.ts imports a second source. */
function fakeProject(word: string): string {
  const root = makeTempDir('cli-build');
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  mkdirSync(join(root, 'main', 'cli'), { recursive: true });
  writeFileSync(
    join(root, 'main', 'cli', 'main.ts'),
    "import { word } from './word.ts';\nexport async function runCli(): Promise<number> {\n  console.log(word);\n  return 0;\n}\n",
  );
  writeFileSync(join(root, 'main', 'cli', 'word.ts'), `export const word: string = '${word}';\n`);
  return root;
}

/** Runs a built entry's runCli in a fresh Node process and returns what it printed. */
function runEntry(entry: string): string {
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `await (await import(${JSON.stringify(entry)})).runCli([]);`],
    { encoding: 'utf8', timeout: CLI_PROCESS_TEST_TIMEOUT_MS / 4 },
  );
  return result.stdout.trim();
}

describe('the built CLI (scripts/build-cli.mjs)', () => {
  it(
    'is rebuilt when one of its sources changes, and only then',
    async () => {
      const paths = cliBuildPaths(fakeProject('alpha'));
      expect(freshCliEntry(paths)).toBeNull();
      const first = await ensureCliBuilt(paths);
      expect(runEntry(first)).toBe('alpha');
      expect(freshCliEntry(paths)).toBe(first);
      expect(await ensureCliBuilt(paths)).toBe(first);

      // An imported file (not the entry) changes: the build is out of date, then rebuilt.
      writeFileSync(
        join(paths.root, 'main', 'cli', 'word.ts'),
        "export const word: string = 'beta, longer';\n",
      );
      expect(freshCliEntry(paths)).toBeNull();
      const second = await ensureCliBuilt(paths);
      expect(second).not.toBe(first);
      expect(runEntry(second)).toBe('beta, longer');
      // The first build stays where it was, for a command still running from it.
      expect(runEntry(first)).toBe('alpha');

      // A source removed also makes it out of date.
      rmSync(join(paths.root, 'main', 'cli', 'word.ts'));
      expect(freshCliEntry(paths)).toBeNull();
    },
    CLI_PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'is out of date when the project package.json changes (a dependency updated)',
    async () => {
      const paths = cliBuildPaths(fakeProject('alpha'));
      await buildCli(paths);
      expect(freshCliEntry(paths)).not.toBeNull();
      writeFileSync(join(paths.root, 'package.json'), '{ "type": "module", "version": "2.0.0" }\n');
      expect(freshCliEntry(paths)).toBeNull();
    },
    CLI_PROCESS_TEST_TIMEOUT_MS,
  );
});

interface ChunkGraph {
  readonly [file: string]: { imports: string[]; dynamic: string[]; sources: string[]; libraries: string[] };
}

/**
 * Every source bundled in the files loaded at startup from `start` (static imports only),
 * and every library they import from node_modules.
 */
function staticSources(graph: ChunkGraph, start: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    graph[file]?.imports.forEach(visit);
  };
  visit(start);
  return [...seen].flatMap((file) => [...(graph[file]?.sources ?? []), ...(graph[file]?.libraries ?? [])]);
}

const HEAVY_LIBRARIES =
  /(^|node_modules\/)(pdfjs-dist|mammoth|docx|read-excel-file|write-excel-file|papaparse|pg)\//u;

describe('the Verbatim command as built', () => {
  it('loads no heavy library at startup, for --help or `codes`', async () => {
    const entry = await ensureCliBuilt();
    const folder = dirname(fileURLToPath(entry));
    const graph = JSON.parse(readFileSync(join(folder, 'chunks.json'), 'utf8')) as ChunkGraph;
    const atHelp = staticSources(graph, 'main.mjs');
    // --help loads the command table and the output helpers, not the backend.
    expect(atHelp.sort()).toEqual(['main/cli/main.ts', 'main/cli/output.ts']);
    const codes = Object.keys(graph).find((file) =>
      graph[file]?.sources.includes('main/cli/commands/read.ts'),
    );
    expect(codes).toBeDefined();
    const atCodes = staticSources(graph, codes ?? '');
    expect(atCodes).toContain('app/dispatch.ts');
    expect(atCodes).toContain('better-sqlite3');
    expect(atCodes.filter((source) => HEAVY_LIBRARIES.test(source))).toEqual([]);
    // They are in the build, loaded when an import or an export needs them.
    const all = Object.values(graph).flatMap((file) => file.sources);
    expect(all.some((source) => /node_modules\/mammoth\//u.test(source))).toBe(true);
    expect(all.some((source) => /node_modules\/docx\//u.test(source))).toBe(true);
  });

  it('starts a job worker with its own modules only, the task loading the rest', async () => {
    const entry = await ensureCliBuilt();
    const folder = dirname(fileURLToPath(entry));
    const graph = JSON.parse(readFileSync(join(folder, 'chunks.json'), 'utf8')) as ChunkGraph;
    const atStart = staticSources(graph, 'jobWorker.mjs');
    expect(atStart).toContain('app/jobs/worker/tasks.ts');
    expect(atStart).toContain('app/exports/excerptsFile.ts');
    // The .qdpx writer, the import pipeline and the session (analysis, backups, team):
    // loaded by the task or the failure that needs them, not by every worker.
    const onDemand = ['app/exchange/refi/projectStream.ts', 'app/documents/importBatch.ts', 'app/session.ts'];
    expect(atStart.filter((source) => onDemand.includes(source))).toEqual([]);
    expect(atStart.filter((source) => HEAVY_LIBRARIES.test(source))).toEqual([]);
  });
});

describe('a large export from the built CLI', () => {
  it(
    'runs in the job worker built beside the bundle (50 documents make a project large)',
    async () => {
      const entry = await ensureCliBuilt();
      // The worker is built beside main.mjs; shared code sits in chunks/ (startWorker.ts).
      expect(existsSync(join(dirname(fileURLToPath(entry)), 'jobWorker.mjs'))).toBe(true);
      const dir = makeTempDir('cli-worker');
      const project = join(dir, 'p.verbatim');
      const sources = Array.from({ length: 50 }, (_, index) => {
        const path = join(dir, `entretien-${index}.txt`);
        writeFileSync(path, `E : Question ${index} ?\nR : Réponse numéro ${index}.\n`);
        return path;
      });
      expect(cliProcess('import', project, ...sources).code).toBe(0);
      const out = join(dir, 'p.qdpx');
      const run = cliProcess('export', project, '--format', 'qdpx', '--out', out, '--skip-scan');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    },
    CLI_PROCESS_TEST_TIMEOUT_MS,
  );
});

// Each layer's TypeScript project (tsconfig.json references, checked by `npm run typecheck`)
// refuses what the layer must not use: a probe file, never written to disk, is compiled with
// the layer's own options and project references, and must fail with the expected error.
// An allowed probe per layer must compile, so a project that refuses everything fails too.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/tempDir.ts';

/** Compiling loads the libraries of each layer: slow on a loaded machine, never stuck. */
const COMPILE_TIMEOUT_MS = 240_000;

/** TS6307: the file is outside this project and outside every project it references. */
const NOT_IN_PROJECT = 6307;
/** TS2307/TS2591: cannot find module (no types for it in this layer, e.g. Node in the renderer). */
const NO_MODULE = [2307, 2591];
/** TS2304/TS2584: cannot find name (e.g. `document` outside the renderer). */
const NO_NAME = [2304, 2584];

interface Problem {
  readonly code: number;
  readonly text: string;
}

/** The errors of `code` compiled as `file` (repository path) in the project of `layer`. */
function compileProbe(layer: string, file: string, code: string): Problem[] {
  const configPath = join(repoRoot, layer, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error(`Cannot read ${configPath}`);
  const probePath = join(repoRoot, file);
  const host = ts.createCompilerHost(config.options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => name === probePath || fileExists.call(host, name);
  host.readFile = (name) => (name === probePath ? code : readFile.call(host, name));
  host.getSourceFile = (name, language, ...rest) =>
    name === probePath
      ? ts.createSourceFile(name, code, language, true)
      : getSourceFile.call(host, name, language, ...rest);
  // Read referenced projects from their sources, as editors do, so the test does not depend on
  // out/tsc having been built (TypeScript's own, not yet public, host option).
  Object.assign(host, { useSourceOfProjectReferenceRedirect: () => true });
  const program = ts.createProgram({
    rootNames: [probePath],
    options: config.options,
    projectReferences: config.projectReferences ?? [],
    host,
  });
  const probe = program.getSourceFile(probePath);
  return [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(probe),
    ...program.getSemanticDiagnostics(probe),
  ].map((diagnostic) => ({
    code: diagnostic.code,
    text: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
}

function hasProblem(problems: readonly Problem[], codes: readonly number[], text: string): boolean {
  return problems.some((problem) => codes.includes(problem.code) && problem.text.includes(text));
}

describe('TypeScript projects of the layers', () => {
  // One program per file: TypeScript reports only some of several such files at once.
  it.each(['db/open.ts', 'app/dispatch.ts', 'app/text/canonical.ts', 'main/web/server.ts'])(
    'the renderer compiles no file of db/, app/ outside the contract, or main/: %s',
    (file) => {
      const problems = compileProbe('renderer', 'renderer/layerProbe.ts', `export * from '../${file}';`);
      expect(hasProblem(problems, [NOT_IN_PROJECT], join(repoRoot, file))).toBe(true);
    },
    COMPILE_TIMEOUT_MS,
  );

  it(
    'the renderer has no Node types',
    () => {
      const problems = compileProbe(
        'renderer',
        'renderer/layerProbe.ts',
        "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;",
      );
      expect(hasProblem(problems, NO_MODULE, "'node:fs'")).toBe(true);
    },
    COMPILE_TIMEOUT_MS,
  );

  it(
    'the renderer compiles the contract and its pure helpers',
    () => {
      const problems = compileProbe(
        'renderer',
        'renderer/layerProbe.ts',
        [
          "import type { WireResult } from '../app/contract/index.ts';",
          "import { englishPhrase } from '../app/contract/historyPhrases.ts';",
          'export type Answer = WireResult<number>;',
          'export const phrase = englishPhrase;',
          'export const title = document.title;',
        ].join('\n'),
      );
      expect(problems).toEqual([]);
    },
    COMPILE_TIMEOUT_MS,
  );

  it(
    'the contract has neither Node, the DOM, nor the layers below',
    () => {
      const problems = compileProbe(
        'app/contract',
        'app/contract/layerProbe.ts',
        [
          "import { readFileSync } from 'node:fs';",
          'export const read = readFileSync;',
          'export const title = document.title;',
        ].join('\n'),
      );
      expect(hasProblem(problems, NO_MODULE, "'node:fs'")).toBe(true);
      expect(hasProblem(problems, NO_NAME, "'document'")).toBe(true);
      for (const file of ['db/open.ts', 'app/dispatch.ts']) {
        const imported = compileProbe(
          'app/contract',
          'app/contract/layerProbe.ts',
          `export * from '../../${file}';`,
        );
        expect(hasProblem(imported, [NOT_IN_PROJECT], join(repoRoot, file)), file).toBe(true);
      }
    },
    COMPILE_TIMEOUT_MS,
  );

  it(
    'db/ compiles nothing of app/ and has no DOM',
    () => {
      const problems = compileProbe(
        'db',
        'db/layerProbe.ts',
        "export { AppError } from '../app/errors.ts';\nexport const title = document.title;",
      );
      expect(hasProblem(problems, [NOT_IN_PROJECT], join(repoRoot, 'app/errors.ts'))).toBe(true);
      expect(hasProblem(problems, NO_NAME, "'document'")).toBe(true);
    },
    COMPILE_TIMEOUT_MS,
  );

  it(
    'app/ compiles db/ and the contract, not main/ or renderer/, and has no DOM',
    () => {
      const allowed = compileProbe(
        'app',
        'app/layerProbe.ts',
        "export { writeTransaction } from '../db/transaction.ts';\nexport { AppError } from './errors.ts';",
      );
      expect(allowed).toEqual([]);
      const problems = compileProbe(
        'app',
        'app/layerProbe.ts',
        ['export const title = document.title;'].join('\n'),
      );
      expect(hasProblem(problems, NO_NAME, "'document'")).toBe(true);
      for (const file of ['main/cli/args.ts', 'renderer/i18n/en.ts']) {
        const imported = compileProbe('app', 'app/layerProbe.ts', `export * from '../${file}';`);
        expect(hasProblem(imported, [NOT_IN_PROJECT], join(repoRoot, file)), file).toBe(true);
      }
    },
    COMPILE_TIMEOUT_MS,
  );

  it(
    'main/ compiles nothing of the renderer',
    () => {
      const problems = compileProbe('main', 'main/layerProbe.ts', "export * from '../renderer/i18n/en.ts';");
      expect(hasProblem(problems, [NOT_IN_PROJECT], join(repoRoot, 'renderer/i18n/en.ts'))).toBe(true);
    },
    COMPILE_TIMEOUT_MS,
  );
});

// Each lint allowlist of eslint.config.js (eslint-rules/layerImports.js) refuses a forbidden
// import: a probe file is linted as if it sat in the layer, and the layer rule must report it.
// Each layer also has an allowed import, so a rule that refuses everything fails too.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/tempDir.ts';

const eslint = new ESLint({ cwd: repoRoot });

/** The layer-rule messages for `code` in a file at `path` (never written to disk). */
async function layerProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, path) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'verbatim/layer-imports')
    .map((message) => message.message);
}

interface Probe {
  readonly file: string;
  readonly forbidden: readonly string[];
  readonly allowed: readonly string[];
}

const probes: readonly Probe[] = [
  {
    file: 'renderer/views/layerProbe.ts',
    forbidden: [
      "import { openProject } from '../../db/open.ts';",
      "import { dispatch } from '../../app/dispatch.ts';",
      "import { startServer } from '../../main/web/server.ts';",
      // Indirect: app/text/ is not among the pure helpers the renderer may use.
      "import { canonicalText } from '../../app/text/canonical.ts';",
      // The contract only through index.ts: the other modules' values bring zod (refused by the CSP).
      "import { api } from '../../app/contract/api.ts';",
      "import { codesOperations } from '../../app/contract/codes.ts';",
      "import { CreateCodeInput } from '../../app/contract/codes.ts';",
      "import type { Api } from '../../app/contract/api.ts';",
      "import type { Code } from '../../app/contract/codes.ts';",
      "import { englishPhrase } from '../../app/contract/historyPhrases.ts';",
      "import { z } from 'zod';",
      "import fs from 'fs';",
      "import { readFileSync } from 'node:fs';",
      "import { ipcRenderer } from 'electron';",
      "const db = await import('../../db/open.ts');",
      "const fs = await import('node:fs');",
      "const name = 'fs'; const fs = await import(name);",
      "const fs = require('fs');",
      "export type Db = import('../../db/open.ts').Database;",
      "export * from '../../app/codes/operations.ts';",
    ],
    allowed: [
      // The zod-free entry: types, const tuples and the contract's pure helpers.
      "import type { Api } from '../../app/contract/index.ts';",
      "import { AGREEMENT_UNITS, englishPhrase, type Code } from '../../app/contract/index.ts';",
      "import { quoteTurns } from '../../app/text/quoteTurns.ts';",
      "import { useState } from 'react';",
      "import { Trans } from './Trans.tsx';",
    ],
  },
  {
    file: 'app/contract/layerProbe.ts',
    forbidden: [
      "import { openProject } from '../../db/open.ts';",
      "import { ProjectSession } from '../session.ts';",
      "import { readFileSync } from 'node:fs';",
      "import fs from 'fs';",
      "import React from 'react';",
    ],
    allowed: [
      "import { z } from 'zod';",
      "import type { Code } from './types.ts';",
      "import { AppError } from '../errors.ts';",
    ],
  },
  {
    file: 'db/layerProbe.ts',
    forbidden: [
      "import { AppError } from '../app/errors.ts';",
      "const session = await import('../app/session.ts');",
      "import { app } from 'electron';",
      "import { z } from 'zod';",
    ],
    allowed: [
      "import { readFileSync } from 'node:fs';",
      "import Database from 'better-sqlite3';",
      "import './open.ts';",
      "import type { MemoTargetKind } from '../app/contract/enums.ts';",
      "import type { Code } from '../app/contract/rows.ts';",
    ],
  },
  {
    file: 'app/layerProbe.ts',
    forbidden: [
      "import { parseCommandArgs } from '../main/cli/args.ts';",
      "import { App } from '../renderer/app/App.tsx';",
      "const cli = await import('../main/cli/args.ts');",
      "import { app } from 'electron';",
      "import { makeTempDir } from '../tests/support/tempDir.ts';",
    ],
    allowed: [
      "import { openProject } from '../db/open.ts';",
      "import fs from 'fs';",
      "import { z } from 'zod';",
    ],
  },
  {
    file: 'main/web/layerProbe.ts',
    forbidden: [
      "import { app } from 'electron';",
      "const electron = await import('electron');",
      // Indirect: main/electron/ brings electron.
      "import { createWindow } from '../electron/window.ts';",
      "import { App } from '../../renderer/app/App.tsx';",
    ],
    allowed: [
      "import { dispatch } from '../../app/dispatch.ts';",
      "import { createServer } from 'node:http';",
      "import { recentProjects } from '../recentProjects.ts';",
    ],
  },
  {
    file: 'main/cli/layerProbe.ts',
    forbidden: [
      "const { app } = require('electron');",
      "import { createWindow } from '../electron/window.ts';",
    ],
    allowed: ["import { dispatch } from '../../app/dispatch.ts';"],
  },
  {
    file: 'main/electron/layerProbe.ts',
    forbidden: ["import { App } from '../../renderer/app/App.tsx';"],
    allowed: [
      "import { app } from 'electron';",
      "import { readStaticFile } from '../web/staticFiles.ts';",
      "import { dispatch } from '../../app/dispatch.ts';",
    ],
  },
];

describe('lint allowlists of the layers', () => {
  for (const probe of probes) {
    describe(probe.file, () => {
      it.each(probe.forbidden)('refuses %s', async (code) => {
        expect(await layerProblems(probe.file, code)).toHaveLength(1);
      });
      it.each(probe.allowed)('allows %s', async (code) => {
        expect(await layerProblems(probe.file, code)).toEqual([]);
      });
    });
  }

  it('allows the tests of main/ the temporary-folder helper, and only them', async () => {
    const code = "import { makeTempDir } from '../../tests/support/tempDir.ts';";
    expect(await layerProblems('main/web/layerProbe.test.ts', code)).toEqual([]);
    expect(await layerProblems('main/web/layerProbe.ts', code)).toHaveLength(1);
  });
});

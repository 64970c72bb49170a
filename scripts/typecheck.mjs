// Type-checks the whole project in one `tsc -b` over the project references of tsconfig.json.
// Each layer is a composite project with its own include, lib and types, so a layer that
// imports another layer it does not reference (renderer → db/), or what its runtime lacks
// (Node in the renderer, the DOM in the backend), fails here rather than in review; each
// file is checked once, and the next run rechecks only what changed (out/tsc, git-ignored).
// tests/integration/layerRules.test.ts proves each rule with a forbidden import.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-b', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);

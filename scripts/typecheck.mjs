// Type-checks each layer with its own tsconfig, so that a layer importing what it must not
// (DOM in the backend, Node in the renderer) fails here rather than in review.
import { spawnSync } from 'node:child_process';

const projects = ['db', 'app', 'main', 'renderer', 'tests'];
let failed = false;
for (const project of projects) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', `${project}/tsconfig.json`],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    console.error(`typecheck: ${project}/ has type errors`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);

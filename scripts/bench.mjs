// `npm run bench`: prints figures; never fails on a time. Each benchmark is a TypeScript
// module under tests/bench/ run through tsx. `npm run bench -- large transcript` runs only
// the sections named (see tests/bench/run.ts).
import { register } from 'tsx/esm/api';

register();
const { runBenchmarks } = await import('../tests/bench/run.ts');
await runBenchmarks(process.argv.slice(2));

// `npm run bench`: prints figures; never fails on a time. Each benchmark is a TypeScript
// module under tests/bench/ run through tsx.
import { register } from 'tsx/esm/api';

register();
const { runBenchmarks } = await import('../tests/bench/run.ts');
await runBenchmarks();

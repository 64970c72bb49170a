#!/usr/bin/env node
// The `verbatim` command. The CLI is written in TypeScript; tsx compiles it on the fly so
// that the command works straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../main/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));

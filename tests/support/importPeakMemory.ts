import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readRefiProject } from '../../app/exchange/refi/readProject.ts';
import { parseSource } from '../../app/importers/importFile.ts';
import { readTable } from '../../app/importers/table/readTable.ts';

/**
 * Run in a child process (`node --import tsx importPeakMemory.ts FILE`): reads FILE as the
 * importer of its extension does and prints one JSON line, the outcome and the peak
 * resident memory of this process, so that a test or `npm run bench` can see what a hostile
 * file costs in memory.
 */
const file = process.argv[2] ?? '';
const name = basename(file);
const bytes = readFileSync(file);
let outcome: string;
try {
  if (/\.xlsx$/iu.test(name)) await readTable(name, bytes);
  else if (/\.qdpx$/iu.test(name)) readRefiProject(name, bytes);
  else await parseSource(name, bytes);
  outcome = 'accepted';
} catch (error) {
  outcome = error instanceof Error ? error.message : String(error);
}
// ru_maxrss, in kilobytes.
console.log(JSON.stringify({ outcome, peakMb: process.resourceUsage().maxRSS / 1024 }));

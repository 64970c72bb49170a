import { performance } from 'node:perf_hooks';
import { writeFileAtomically } from '../../app/util/atomicWrite.ts';
import type { ExportedFile } from '../../app/contract/types.ts';
import { callerFor, newSession, type Call } from '../../main/cli/backend.ts';

/**
 * Run in a child process (`node --import tsx exportInChild.ts PROJECT KIND OUT`): opens the
 * project, then exports it as the CLI does (the identifier scan, then the file written to
 * OUT) and prints one JSON line: the scan's and the export's times and the peak resident
 * memory of the process, so that `npm run bench -- scale` measures each export alone.
 */
const [project = '', kind = '', out = ''] = process.argv.slice(2);

const EXCERPTS = {
  language: 'fr',
  citation: ['document', 'speaker', 'segment'],
  quoteMarks: true,
} as const;

async function exportFile(call: Call): Promise<ExportedFile> {
  if (kind === 'qdpx') return call('exchange/exportProject', {});
  if (kind === 'csv' || kind === 'docx') return call('exports/excerpts', { format: kind, ...EXCERPTS });
  throw new Error(`unknown export ${kind}`);
}

const session = newSession();
const call = callerFor(session);
await call('project/open', { path: project });
let start = performance.now();
await call('pseudonymise/scanForExport', { scope: kind === 'qdpx' ? 'qdpx' : 'excerpts' });
const scanMs = performance.now() - start;
start = performance.now();
const file = await exportFile(call);
writeFileAtomically(out, file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);
const exportMs = performance.now() - start;
session.close();
// ru_maxrss, in kilobytes.
console.log(JSON.stringify({ scanMs, exportMs, peakMb: process.resourceUsage().maxRSS / 1024 }));

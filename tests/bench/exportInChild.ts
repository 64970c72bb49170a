import { performance } from 'node:perf_hooks';
import { callerFor, newSession, type Call } from '../../main/cli/backend.ts';
import { workerTasks } from '../../app/jobs/worker/tasks.ts';

/**
 * Run in a child process (`node --import tsx exportInChild.ts PROJECT KIND OUT`): opens the
 * project, then exports it as the CLI does (the identifier scan, then the file streamed to
 * OUT) and prints one JSON line: the scan's and the export's times and the peak resident
 * memory of the process, so that `npm run bench -- scale` measures each export alone.
 * The CLI's session runs a direct export in its own thread (no worker), as here. Then the
 * same export once more (`inProcessCpuMs`): its CPU with its code already compiled.
 */
const [project = '', kind = '', out = ''] = process.argv.slice(2);

const EXCERPTS = {
  language: 'fr' as const,
  citation: ['document', 'speaker', 'segment'],
  quoteMarks: true,
};

async function exportFile(call: Call): Promise<unknown> {
  if (kind === 'qdpx') return call('exchange/exportProjectToFile', { out });
  if (kind === 'csv' || kind === 'docx')
    return call('exports/excerptsToFile', { format: kind, out, ...EXCERPTS });
  throw new Error(`unknown export ${kind}`);
}

const session = newSession();
const call = callerFor(session);
await call('project/open', { path: project });
/** CPU time of the whole process (the export's worker thread included), in ms. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let start = performance.now();
let cpu = cpuMs();
await call('pseudonymise/scanForExport', { scope: kind === 'qdpx' ? 'qdpx' : 'excerpts' });
const scanMs = performance.now() - start;
const scanCpuMs = cpuMs() - cpu;
start = performance.now();
cpu = cpuMs();
await exportFile(call);
const exportMs = performance.now() - start;
const exportCpuMs = cpuMs() - cpu;
// ru_maxrss, in kilobytes: the peak of the scan and the export, before the run below.
const peakMb = process.resourceUsage().maxRSS / 1024;
cpu = cpuMs();
const inThisThread = { db: session.db(), name: 'bench' };
const noControl = { progress: () => undefined, cancelled: false };
if (kind === 'qdpx') await workerTasks.qdpxToFile.run({ out }, inThisThread, noControl);
else
  await workerTasks.excerptsToFile.run({ format: kind, out, ...EXCERPTS } as never, inThisThread, noControl);
const inProcessCpuMs = cpuMs() - cpu;
session.close();
console.log(JSON.stringify({ scanMs, exportMs, scanCpuMs, exportCpuMs, inProcessCpuMs, peakMb }));

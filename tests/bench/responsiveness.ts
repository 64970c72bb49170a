import { monitorEventLoopDelay } from 'node:perf_hooks';
import { writeQdpx } from '../../app/exchange/refi/projectStream.ts';
import { MemorySink } from '../../app/exports/stream/byteSink.ts';
import type { ProjectSession } from '../../app/session.ts';
import { call } from '../support/session.ts';

function settle(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The longest the thread that answers calls was held (event-loop delay, ms) while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await settle(50);
  await work();
  await settle(50);
  delay.disable();
  return delay.max / 1e6;
}

/**
 * How long a window would wait for an answer during the .qdpx export of the reference
 * project: before issue 13 the export ran in the thread that answers calls; it now runs in a
 * job worker (app/jobs/worker/).
 */
export async function benchResponsiveness(session: ProjectSession): Promise<void> {
  const before = await longestStall(() => {
    writeQdpx(session.db(), session.name ?? 'project', new MemorySink(), () => undefined);
    return Promise.resolve();
  });
  const after = await longestStall(() => call(session, 'exchange/exportProject', {}));
  console.log(
    `  UI responsiveness during the .qdpx export (longest event-loop stall): ${before.toFixed(0)} ms in the calling thread (before), ${after.toFixed(0)} ms with the export in a worker (now)`,
  );
}

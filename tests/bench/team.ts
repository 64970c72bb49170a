import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ProjectSession } from '../../app/session.ts';
import {
  ADMIN_PASSWORD,
  POSTGRESQL,
  startCluster,
  type PostgresCluster,
} from '../support/postgresCluster.ts';
import { missingTool } from '../support/requiredTool.ts';
import { call, memoryRecent } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { buildScaleProject, SCALE_UNIT } from './scaleProject.ts';

// `npm run bench -- team` (issue 17): publishing the 1× project (20,000 codings), syncing
// 1,000 new codings, and the delay from a coding saved by coder A to its appearance in
// coder B's open project, carried by LISTEN/NOTIFY and B's background sync. A throwaway
// PostgreSQL cluster on this machine (tests/support/postgresCluster.ts): the figures
// include no network. Prints figures; never asserts a time.

const SAMPLES = 7;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

function session(coder: string, background: boolean): ProjectSession {
  return new ProjectSession({ recent: memoryRecent(), defaultCoder: coder, teamBackground: background });
}

/** `count` codings by the session's coder, spread over the documents and codes, from `seed`. */
async function codingItems(member: ProjectSession, count: number, seed: number) {
  const documents = await call(member, 'documents/list', {});
  const codes = await call(member, 'codes/list', {});
  return Array.from({ length: count }, (_, k) => {
    const document = documents[(k * 7 + seed) % documents.length];
    const start = 19_500 + ((k * 37 + seed * 11) % 400);
    return {
      documentId: document?.id ?? 0,
      start,
      end: start + 5 + (k % 40),
      codeId: codes[(k * 13 + seed) % codes.length]?.id ?? 0,
    };
  });
}

/** B's id of A's document (ids differ between copies; names are the same). */
async function sameDocument(from: ProjectSession, to: ProjectSession): Promise<(id: number) => number> {
  const theirs = new Map(
    (await call(to, 'documents/list', {})).map((document) => [document.name, document.id]),
  );
  const names = new Map(
    (await call(from, 'documents/list', {})).map((document) => [document.id, document.name]),
  );
  return (id) => theirs.get(names.get(id) ?? '') ?? 0;
}

/** Polls (every 2 ms) until `condition` holds; returns when it did, or throws past a minute. */
async function whenTrue(condition: () => Promise<boolean>): Promise<number> {
  const deadline = performance.now() + 60_000;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error('The coding never arrived.');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return performance.now();
}

export async function benchTeam(): Promise<void> {
  console.log('Team server (issue 17), a local PostgreSQL cluster:');
  const missing = missingTool(POSTGRESQL);
  if (missing !== null) {
    console.log(`  skipped: ${missing}\n`);
    return;
  }
  const cluster: PostgresCluster = await startCluster();
  const folder = makeTempDir('bench-team');
  const open: ProjectSession[] = [];
  try {
    const built = await buildScaleProject(1, folder);
    await cluster.createDatabase('bench_team');
    const lead = session('lea', false);
    open.push(lead);
    await call(lead, 'project/open', { path: built.path });
    let start = performance.now();
    await call(lead, 'team/publish', { url: cluster.url('bench_team') });
    const publishMs = performance.now() - start;
    console.log(
      `  publish the 1× project (${SCALE_UNIT.documents} interviews, ${built.codings} codings): ${ms(publishMs)}`,
    );

    await call(lead, 'codings/create', { items: await codingItems(lead, 1000, 1) });
    start = performance.now();
    const report = await call(lead, 'team/sync', { password: ADMIN_PASSWORD });
    console.log(`  sync 1,000 new codings (${report.pushed} rows pushed): ${ms(performance.now() - start)}`);

    await call(lead, 'team/addMember', {
      name: 'bruno',
      role: 'coder',
      memberPassword: 'bruno-secret',
      password: ADMIN_PASSWORD,
    });
    const bruno = session('bruno', true);
    open.push(bruno);
    start = performance.now();
    await call(bruno, 'team/join', {
      url: cluster.url('bench_team', 'bruno'),
      password: 'bruno-secret',
      path: join(folder, 'bruno.verbatim'),
    });
    console.log(`  join (a full copy pulled): ${ms(performance.now() - start)}`);
    await whenTrue(async () => (await call(bruno, 'team/activity', {})).connection === 'online');
    const inBruno = await sameDocument(lead, bruno);

    // A saves and syncs at once; B's open project (background sync) shows it.
    const direct: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      const [item] = await codingItems(lead, 1, 100 + sample);
      if (!item) throw new Error('No document or code to code.');
      const saved = performance.now();
      await call(lead, 'codings/create', { items: [item] });
      await call(lead, 'team/sync', { password: ADMIN_PASSWORD });
      const seen = await whenTrue(async () =>
        (await call(bruno, 'codings/ofDocument', { documentId: inBruno(item.documentId) })).some(
          (coding) => coding.start === item.start && coding.end === item.end && coding.coder === 'lea',
        ),
      );
      direct.push(seen - saved);
    }
    console.log(
      `  coding saved by A (who syncs at once) → in B's open project: median ${ms(median(direct))}, ` +
        `max ${ms(Math.max(...direct))} (${SAMPLES} codings)`,
    );

    // A's project open in the app too: its own background sync sends the coding after its
    // write pause (1 s), then B's follows the notification.
    lead.close();
    const leadApp = session('lea', true);
    open.push(leadApp);
    await call(leadApp, 'project/open', { path: built.path });
    await call(leadApp, 'team/usePassword', { password: ADMIN_PASSWORD });
    await whenTrue(async () => (await call(leadApp, 'team/activity', {})).connection === 'online');
    const background: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      const [item] = await codingItems(leadApp, 1, 200 + sample);
      if (!item) throw new Error('No document or code to code.');
      const saved = performance.now();
      await call(leadApp, 'codings/create', { items: [item] });
      const seen = await whenTrue(async () =>
        (await call(bruno, 'codings/ofDocument', { documentId: inBruno(item.documentId) })).some(
          (coding) => coding.start === item.start && coding.end === item.end && coding.coder === 'lea',
        ),
      );
      background.push(seen - saved);
    }
    console.log(
      `  coding saved by A in the app (1 s write pause) → in B's open project: median ` +
        `${ms(median(background))}, max ${ms(Math.max(...background))} (${SAMPLES} codings)\n`,
    );
  } finally {
    for (const member of open) member.close();
    cluster.destroy();
  }
}

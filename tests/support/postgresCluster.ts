import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { missingTool, type RequiredTool } from './requiredTool.ts';
import { makeClusterTls, OPENSSL, tlsHba, type ClusterTls, type TlsOptions } from './postgresTls.ts';

/**
 * A throwaway PostgreSQL cluster for the team-server tests: initdb in a temporary folder,
 * a free loopback port (password auth, scram) and its Unix socket inside that folder,
 * started with pg_ctl, stopped and deleted by `destroy`. One per test file (beforeAll);
 * tests create their own databases. As root (CI containers, this machine) the cluster is
 * run by the `postgres` user, since initdb refuses root. With `tls`, the cluster takes only
 * TLS connections over TCP (tests/support/postgresTls.ts) and its addresses ask for them.
 */

/** The folder of initdb/pg_ctl: Debian's /usr/lib/postgresql/<newest>/bin, else PATH. */
function findBinDir(): string | null {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((name) => /^\d+$/u.test(name) && existsSync(join(base, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return join(base, versions[0], 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const path = found.status === 0 ? found.stdout.trim() : '';
  return path === '' ? null : join(path, '..');
}

export const POSTGRESQL: RequiredTool = {
  description: 'PostgreSQL server binaries, initdb and pg_ctl (apt-get install postgresql)',
  isPresent: () => findBinDir() !== null,
};

/** The cluster's superuser and its password (scram over TCP, trust on its own socket). */
export const ADMIN_USER = 'postgres';
export const ADMIN_PASSWORD = 'admin-secret';

export interface PostgresCluster {
  readonly port: number;
  /** The certificates of a TLS cluster, null for a plain one. */
  readonly tls: ClusterTls | null;
  /**
   * A connection string for the user (the superuser when omitted) to the database; on a TLS
   * cluster with sslmode=verify-full and the cluster's authority as sslrootcert.
   */
  url(database: string, user?: string, password?: string): string;
  /** Creates a fresh database (owned by the superuser) and returns its name. */
  createDatabase(name: string): Promise<string>;
  /** Runs SQL as the superuser in the database. */
  admin<T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T>;
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  destroy(): void;
}

const asRoot = process.getuid?.() === 0;

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function run(command: string, args: readonly string[]): void {
  const [file, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  execFileSync(file, fullArgs, { stdio: 'pipe', timeout: 120_000 });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * One cluster for the test file: started before its tests, destroyed after them. Without
 * PostgreSQL each test is skipped with the reason (and fails on CI, which installs it).
 * Returns a getter for the running cluster.
 */
export function useCluster(options: ClusterOptions = {}): () => PostgresCluster {
  const tools = options.tls === undefined ? [POSTGRESQL] : [POSTGRESQL, OPENSSL];
  const missing = (): string | null => tools.map(missingTool).find((reason) => reason !== null) ?? null;
  let cluster: PostgresCluster | null = null;
  beforeAll(async () => {
    if (missing() === null) cluster = await startCluster(options);
  }, 180_000);
  afterAll(() => cluster?.destroy());
  beforeEach((context) => {
    const reason = missing();
    if (reason !== null) context.skip(reason);
  });
  return () => {
    if (cluster === null) throw new Error('The PostgreSQL cluster did not start.');
    return cluster;
  };
}

export interface ClusterOptions {
  /** Only TLS connections over TCP, some members by client certificate. */
  readonly tls?: TlsOptions;
}

/** Starts a cluster outside vitest (the bench); `destroy` stops and deletes it. */
export async function startCluster(options: ClusterOptions = {}): Promise<PostgresCluster> {
  const bin = findBinDir();
  if (bin === null) throw new Error('PostgreSQL vanished during the run.');
  const folder = mkdtempSync(join(tmpdir(), 'verbatim-pg-'));
  const data = join(folder, 'data');
  const pwfile = join(folder, 'pwfile');
  writeFileSync(pwfile, `${ADMIN_PASSWORD}\n`);
  chmodSync(folder, 0o700);
  const owner = asRoot ? postgresIds() : null;
  if (owner !== null) {
    chownSync(folder, owner.uid, owner.gid);
    chownSync(pwfile, owner.uid, owner.gid);
  }
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    ADMIN_USER,
    `--pwfile=${pwfile}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const secured = options.tls === undefined ? null : makeClusterTls(folder, options.tls, owner);
  // initdb wrote pg_hba.conf as the postgres user, who keeps owning it.
  if (options.tls !== undefined) writeFileSync(join(data, 'pg_hba.conf'), tlsHba(options.tls));
  const port = await freePort();
  const settings = [
    '-c listen_addresses=127.0.0.1',
    `-c port=${port}`,
    `-c unix_socket_directories=${folder}`,
    // A test cluster: nothing to keep after a crash of the machine.
    '-c fsync=off',
    '-c max_connections=100',
    ...(secured?.settings ?? []),
  ].join(' ');
  const start = (): void =>
    run(join(bin, 'pg_ctl'), [
      'start',
      '-D',
      data,
      '-w',
      '-t',
      '120',
      '-l',
      join(folder, 'log'),
      '-o',
      settings,
    ]);
  const stop = (mode: 'fast' | 'immediate' = 'fast'): void =>
    run(join(bin, 'pg_ctl'), ['stop', '-D', data, '-w', '-t', '120', '-m', mode]);
  start();
  const url = (database: string, user = ADMIN_USER, password = ADMIN_PASSWORD): string => {
    const address = `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
    return secured === null ? address : `${address}?sslmode=verify-full&sslrootcert=${secured.tls.caFile}`;
  };
  const admin = async <T>(database: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    port,
    tls: secured?.tls ?? null,
    url,
    admin,
    createDatabase: async (name) => {
      await admin('postgres', (client) => client.query(`CREATE DATABASE "${name}"`));
      return name;
    },
    start,
    stop,
    destroy: () => {
      try {
        stop('immediate');
      } catch {
        // already stopped
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The timeout of a team-server test: only a guard against a hung test on a loaded machine
 * (no test depends on how fast PostgreSQL or the machine is).
 */
export const TEAM_TEST_TIMEOUT_MS = 300_000;

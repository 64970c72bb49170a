import { expect, it } from 'vitest';
import { TEAM_TEST_TIMEOUT_MS, useCluster } from '../support/postgresCluster.ts';

const cluster = useCluster();

it(
  'starts a throwaway cluster that takes connections, with password auth on TCP',
  { timeout: TEAM_TEST_TIMEOUT_MS },
  async () => {
    const name = await cluster().createDatabase('probe');
    const version = await cluster().admin(
      name,
      async (client) => (await client.query('SHOW server_version_num')).rows,
    );
    expect(Number((version[0] as { server_version_num: string }).server_version_num)).toBeGreaterThanOrEqual(
      140000,
    );
  },
);

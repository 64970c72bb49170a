import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Tests never read or write the real user's settings (recent projects, identity).
          env: { VERBATIM_CONFIG_DIR: 'tests/.tmp/config' },
          include: [
            'app/**/*.test.ts',
            'db/**/*.test.ts',
            'main/**/*.test.ts',
            'renderer/**/*.test.ts',
            'tests/integration/**/*.test.ts',
          ],
          environment: 'node',
          globalSetup: ['tests/support/cliBuild.ts'],
          testTimeout: 30000,
        },
      },
      {
        test: {
          name: 'e2e',
          env: { VERBATIM_CONFIG_DIR: 'tests/.tmp/config-e2e' },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60000,
          hookTimeout: 120000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

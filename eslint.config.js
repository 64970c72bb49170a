// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import { readFileSync } from 'node:fs';
import { layersPlugin } from './eslint-rules/layerImports.js';

// The layer rules of docs/ARCHITECTURE.md as allowlists (eslint-rules/layerImports.js): what
// each layer may import; anything else fails lint, not a review. tests/integration/
// layerRules.test.ts proves each rule refuses a forbidden import.

/**
 * The contract and the pure helpers the renderer may use: the files of the contract's
 * TypeScript project (app/contract/tsconfig.json), so the compiler and lint agree.
 * @type {string[]}
 */
const contractFiles = JSON.parse(readFileSync('app/contract/tsconfig.json', 'utf8')).include.map(
  (/** @type {string} */ entry) => new URL(entry, 'file:///app/contract/').pathname.slice(1),
);
/** Contract modules whose values bring zod: the renderer imports only their types. */
const zodContractFiles = ['app/contract/index.ts', 'app/contract/api.ts', 'app/contract/schemas.ts'];
/** Test files of every layer may import vitest and property testing. */
const testPackages = ['vitest', 'fast-check'];

const layerImports = (/** @type {Record<string, unknown>} */ allow) => ({
  'verbatim/layer-imports': ['error', allow],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'tests/.tmp/', 'tests/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-exports': [
        'error',
        { restrictDefaultExports: { direct: true, named: true, defaultFrom: true } },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  { plugins: { verbatim: layersPlugin } },
  {
    files: ['db/**/*.ts'],
    rules: layerImports({
      layer: 'db/',
      files: ['db/**'],
      packages: ['better-sqlite3', ...testPackages],
      node: true,
    }),
  },
  {
    files: contractFiles,
    rules: layerImports({
      layer: 'The contract (app/contract/tsconfig.json)',
      files: contractFiles,
      packages: ['zod', ...testPackages],
    }),
  },
  {
    files: ['app/**/*.ts'],
    ignores: contractFiles,
    rules: layerImports({ layer: 'app/', files: ['app/**', 'db/**'], packages: '*', node: true }),
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: layerImports({
      layer: 'main/ outside main/electron/',
      files: ['main/*', 'main/web/**', 'main/cli/**', 'app/**', 'db/**'],
      testFiles: ['tests/support/tempDir.ts'],
      packages: '*',
      node: true,
    }),
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: layerImports({
      layer: 'main/electron/',
      files: ['main/**', 'app/**', 'db/**'],
      testFiles: ['tests/support/tempDir.ts'],
      packages: '*',
      node: true,
      electron: true,
    }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layerImports({
        layer: 'renderer/',
        files: ['renderer/**', ...contractFiles],
        typeOnlyFiles: zodContractFiles,
        packages: [
          'react',
          'react-dom',
          'react-i18next',
          'i18next',
          'lexical',
          '@lexical/*',
          'fuse.js',
          ...testPackages,
        ],
      }),
    },
  },
  {
    // Every write goes through db/transaction.ts (writeTransaction): an IMMEDIATE transaction
    // that waits for another process instead of failing with "database is locked".
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['db/transaction.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message:
            'Write through writeTransaction(db, work) from db/transaction.ts (an IMMEDIATE transaction).',
        },
      ],
    },
  },
  {
    // Config files of tools require default exports.
    files: ['*.config.{js,ts}', 'renderer/vite.config.ts', 'vitest.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
);

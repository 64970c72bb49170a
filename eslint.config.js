// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import { readdirSync, readFileSync } from 'node:fs';
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
/**
 * Contract modules whose values bring zod: those that import or re-export values from zod or
 * from a contract module other than the zod-free ones (the domain files and api.ts).
 * The renderer imports only their types; index.ts, its entry, re-exports types and the
 * zod-free modules only.
 */
const zodFreeContractModules =
  'enums|rows|bridge|historyPhrases|citationParts|agreementDecisions|operation|scope|exportFileName';
const bringsZod = new RegExp(
  `^(?:import|export) (?!type\\b)[^;]*?from '(?:zod|\\./(?!(?:${zodFreeContractModules})\\.ts')[^']*)'`,
  'mu',
);
const zodContractFiles = readdirSync('app/contract')
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `app/contract/${name}`)
  .filter((file) => bringsZod.test(readFileSync(file, 'utf8')));
/** Test files of every layer may import vitest and property testing. */
const testPackages = ['vitest', 'fast-check'];

const layerImports = (/** @type {Record<string, unknown>} */ allow) => ({
  'verbatim/layer-imports': ['error', allow],
});

// Every write goes through db/transaction.ts (writeTransaction): an IMMEDIATE transaction
// that waits for another process instead of failing with "database is locked".
const onlyWriteTransaction = {
  selector: "CallExpression[callee.property.name='transaction']",
  message: 'Write through writeTransaction(db, work) from db/transaction.ts (an IMMEDIATE transaction).',
};

// db/ is the only place with SQL: app/, main/ and renderer/ call named queries of db/queries/.
// better-sqlite3 runs SQL through .prepare, .exec and .pragma. RegExp also has .exec: a call
// on a regex literal or on an UPPER_CASE constant (how this code names its patterns) is allowed.
const sqlOnlyInDbMessage =
  'SQL lives in db/ only: call (or add) a named query in db/queries/ (docs/ARCHITECTURE.md, Layers).';
const sqlOnlyInDb = [
  { selector: 'MemberExpression[property.name=/^(prepare|pragma)$/]', message: sqlOnlyInDbMessage },
  {
    selector: 'MemberExpression[computed=true][property.value=/^(prepare|pragma|exec)$/]',
    message: sqlOnlyInDbMessage,
  },
  {
    selector:
      "MemberExpression[property.name='exec']:not([object.regex]):not([object.name=/^[A-Z][A-Z0-9_]*$/])",
    message: sqlOnlyInDbMessage,
  },
];

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
      // The contract's enumerations (const tuples) and the row shapes it shares with db/ (no zod).
      files: ['db/**', 'app/contract/enums.ts', 'app/contract/rows.ts'],
      // pg: the team server's client; its SQL stays in db/team/.
      packages: ['better-sqlite3', 'pg', ...testPackages],
      node: true,
    }),
  },
  {
    files: contractFiles,
    rules: layerImports({
      layer: 'The contract (app/contract/tsconfig.json)',
      files: contractFiles,
      // diff: the word-level alignment of app/text/textEdits.ts, shared with the edit view.
      packages: ['zod', 'diff', ...testPackages],
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
        // The contract through its one entry, index.ts (types and zod-free values), and the
        // pure helpers outside app/contract/.
        files: [
          'renderer/**',
          'app/contract/index.ts',
          ...contractFiles.filter((file) => !file.startsWith('app/contract/')),
        ],
        typeOnlyFiles: zodContractFiles,
        packages: [
          'react',
          'react-dom',
          'react-i18next',
          'i18next',
          'lexical',
          '@lexical/*',
          'fuse.js',
          // The co-occurrence network's layout (docs/DEPENDENCIES.md); positions only.
          'd3-force',
          // The word-level diff of the edit view, the backend's own (app/text/textEdits.ts).
          'diff',
          ...testPackages,
        ],
      }),
    },
  },
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['db/transaction.ts'],
    rules: { 'no-restricted-syntax': ['error', onlyWriteTransaction] },
  },
  {
    // Replaces the block above for these layers (a rule's options are not merged), so it
    // repeats the transaction restriction. Proved by tests/integration/sqlOnlyInDb.test.ts.
    files: ['app/**/*.{ts,tsx}', 'main/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', onlyWriteTransaction, ...sqlOnlyInDb] },
  },
  {
    // Config files of tools require default exports.
    files: ['*.config.{js,ts}', 'renderer/vite.config.ts', 'vitest.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
);

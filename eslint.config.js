// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layer rules of docs/ARCHITECTURE.md: a wrong import fails lint, not a review.
const layerRule = (/** @type {string[]} */ forbidden, /** @type {string} */ why) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [{ group: forbidden, message: why }],
      paths: [{ name: 'electron', message: 'electron is imported only in main/.' }],
    },
  ],
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
  {
    files: ['db/**/*.ts'],
    rules: layerRule(['**/app/**', '**/main/**', '**/renderer/**'], 'db/ imports nothing of ours.'),
  },
  {
    files: ['app/**/*.ts'],
    rules: layerRule(['**/main/**', '**/renderer/**'], 'app/ may import db/ only.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layerRule(
        [
          '**/db/**',
          '**/main/**',
          'node:*',
          '**/app/handlers/**',
          '**/app/session*',
          '**/app/dispatch*',
          '**/app/importers/**',
        ],
        'renderer/ talks to the backend through the API client only; it may import app/contract and pure helpers.',
      ),
      // Values from the contract come from its zod-free modules: zod's eval probe breaks the CSP.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/contract/index.ts', '**/app/contract/api.ts', '**/app/contract/schemas.ts'],
              allowTypeImports: true,
              message: 'Import values from app/contract/historyPhrases, citationParts or agreementDecisions.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'main/ does not import the renderer.' }] },
      ],
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

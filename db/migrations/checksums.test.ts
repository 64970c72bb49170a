import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationChecksum } from './checksum.ts';
import { migrations } from './index.ts';

/**
 * Every shipped migration, frozen: [version, name, checksum of its SQL (recorded in each
 * project, db/open.ts refuses a file whose recorded one differs), hash of its source file
 * without comments or whitespace (covers a data step in code, which the recorded checksum
 * cannot)]. A failure here means a shipped migration was edited: undo the edit and add a
 * new migration instead. Only when you add a migration do you add its line.
 */
const SHIPPED: readonly (readonly [number, string, string, string])[] = [
  [
    1,
    'initial',
    '29910d85eeba467605af2b3f418e98a5f5901a4e6f4aab9712e0ca946667ad74',
    'e30d3e86065424833377d8cacfac83ad091fe746a785671e5cf7ac6165801895',
  ],
  [
    2,
    'events',
    'd4951743720bed42dd5f9723c78a14c61d2ce318cdd8e4ce5fe882b089ea1d21',
    'a2d7211b0ec74696f56d457e6ca0e2ba72b567cfdcd0679a4cffc059985949c3',
  ],
  [
    3,
    'codebook-memos',
    'cee4d8a024da30fbdd541a60da7b233a5f05cd8cc6822bfb1f1785d433f8e7d2',
    'd7823f436c7a1c6d92938ac41d1f45113c21d17b4bc9e036dac6a45765652fcb',
  ],
  [
    4,
    'cases-search',
    'f7b7bb4bd051f104b1dff53a11158dce62b0a9086c00043c3f772562c14792fc',
    '874791f7806fe6e0aa93616925bff17b22024893ec4afa11cc80f72b739d66b2',
  ],
  [
    5,
    'codebook-review',
    'caf7c04a7b83d65dc1ff2a901e8d529ab0bca8737cfaa3834626fffe7577dfdd',
    'ba8ab2dc950624df339dfb447fe80e074d05a98787bea72c834c33a159438bed',
  ],
  [
    6,
    'coder-identity',
    'd50e3e753352171ba5f4c7c277ab6fd7cea242dd117e7841548de88670270efa',
    'b24424dc3875b81b46e3b87ec8febd3004cdcb536c647749f1e4779d70342360',
  ],
  [
    7,
    'project-holders',
    '3a0ad3c6c163ed024910413d0ae515c6f66c0ba178343ba0739017258ac275df',
    '1e81cd9bf236c226c344f0abe4990b933a8c4924eb7b6f1ddf675aa2b90a1d78',
  ],
  [
    8,
    'migration-checksums',
    '01de5385f625593ae2b19efeb06a73d3f2bb64935453b1a3d8ce5079a74364fe',
    'c0d7243e597cf0f7c7c688d67cd599ce3d6b9930fb4b56c94d3d06c3992b20d8',
  ],
  [
    9,
    'document-lengths',
    'c1401e70f6f1ebf74ba1a36eb46fcd8d13371937ae1b5d5b14b1c077983ee4fa',
    'e6df1a5a7d557abb0bbe0602f82797d49d731d97d60f6f2a4cde457312e45e82',
  ],
  [
    10,
    'unplaced-codings',
    '8148303a329de2ca1e022ada77de1890eff06eb1a12e105588463cc580151bab',
    '3b62cce1a096d75ed15f4ebd83bd73016b40e45cef73523508e561628aa5b5f5',
  ],
  [
    11,
    'summaries',
    '8302e0fca52ea80536ff4bcb12ab1b0067e840a093e80c08c6a18b4342d32edc',
    'bfb02e81f21be4476c8815d340c4d25b933132a3753eca208afa1d54d8d5f4f6',
  ],
  [
    12,
    'team-sync',
    '4dfcc9b0be1fdce9a292fffb562c14b449fafbf8678844e4617273b509ec77b7',
    '3329451ca894d29677d869a18c09cce5c252d73fe3f1d02c215e25af3daf9f96',
  ],
];

const folder = import.meta.dirname;
const sourceFiles = readdirSync(folder)
  .filter((file) => /^\d{3}-[a-z0-9-]+\.ts$/u.test(file))
  .sort();

/** The code of a migration file, blind to formatting and comments (Prettier, typo fixes). */
function sourceHash(file: string): string {
  const code = readFileSync(join(folder, file), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/u.test(line))
    .join('')
    .replace(/\s+/gu, '');
  return createHash('sha256').update(code, 'utf8').digest('hex');
}

describe('shipped migrations', () => {
  it('has one frozen line per migration, in order', () => {
    expect(migrations.map((migration) => [migration.version, migration.name])).toEqual(
      SHIPPED.map(([version, name]) => [version, name]),
    );
    expect(sourceFiles.map((file) => Number(file.slice(0, 3)))).toEqual(SHIPPED.map(([version]) => version));
  });

  it.each(SHIPPED)('migration %i (%s) keeps its recorded checksum', (version, _name, checksum) => {
    expect(migrationChecksum({ sql: migrations[version - 1]?.sql ?? '' })).toBe(checksum);
  });

  it.each(SHIPPED)(
    'migration %i (%s) keeps its source, data step included',
    (version, _name, _sql, source) => {
      expect(sourceHash(sourceFiles[version - 1] ?? '')).toBe(source);
    },
  );
});

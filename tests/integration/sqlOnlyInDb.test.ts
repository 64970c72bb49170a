import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The lint rule of eslint.config.js that keeps SQL in db/ (docs/ARCHITECTURE.md, Layers):
// better-sqlite3's .prepare, .exec and .pragma are refused in app/, main/ and renderer/,
// and allowed in db/ and in tests/ (tests read the project file to check what was stored).

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

/** The messages of the rules that guard the database, for `code` as if it were at `filePath`. */
async function databaseRuleMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

const SQL_ONLY_IN_DB = /^SQL lives in db\/ only/u;

const forbiddenUses: Record<string, string> = {
  prepare: "export const count = (db: Db) => db.prepare('SELECT COUNT(*) FROM codings').get();",
  exec: "export const wipe = (db: Db) => db.exec('DELETE FROM codings');",
  pragma: "export const version = (db: Db) => db.pragma('data_version', { simple: true });",
  'prepare on a session': "export const read = (s: S) => s.db().prepare('SELECT 1').all();",
  'prepare by its name': "export const read = (db: Db) => db['prepare']('SELECT 1').all();",
  'prepare kept for later': 'export const later = (db: Db) => db.prepare;',
  'exec on a lower-case name': "export const run = (connection: Db) => connection.exec('VACUUM');",
};

describe('SQL only in db/ (lint)', () => {
  for (const layer of ['app', 'main', 'renderer']) {
    for (const [use, code] of Object.entries(forbiddenUses)) {
      it(`refuses ${use} in ${layer}/`, async () => {
        const messages = await databaseRuleMessages(code, `${layer}/x.ts`);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatch(SQL_ONLY_IN_DB);
      });
    }

    it(`still refuses a bare .transaction in ${layer}/`, async () => {
      const messages = await databaseRuleMessages(
        'export const t = (db: Db) => db.transaction(() => 1);',
        `${layer}/x.ts`,
      );
      expect(messages).toEqual([expect.stringMatching(/^Write through writeTransaction/u)]);
    });
  }

  for (const place of ['db/queries/x.ts', 'tests/integration/x.test.ts']) {
    it(`allows SQL in ${place}`, async () => {
      for (const code of Object.values(forbiddenUses)) {
        expect(await databaseRuleMessages(code, place)).toEqual([]);
      }
    });
  }

  it('allows RegExp.exec on a pattern literal or an UPPER_CASE pattern in app/', async () => {
    const code = [
      'const TIME = /^(\\d+):(\\d+)$/u;',
      'export const minutes = (text: string) => TIME.exec(text)?.[1];',
      'export const hours = (text: string) => /^(\\d+)h$/u.exec(text)?.[1];',
    ].join('\n');
    expect(await databaseRuleMessages(code, 'app/x.ts')).toEqual([]);
  });
});

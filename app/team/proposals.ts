import { randomUUID } from 'node:crypto';
import { insertProposal, localIdOf, type Db } from '../../db/index.ts';
import type { Payload } from '../../db/team/localRows.ts';

/**
 * The codebook edit that lost a conflict (or that a coder may not make) kept as a proposal
 * for the lead: a rename when the names differ, a definition when the description, inclusion
 * or exclusion differ, a new code when the server has none. `kept` is the code as it stays,
 * `other` the version set aside. Returns how many proposals were filed.
 */
export function proposeCodebookEdit(
  db: Db,
  guid: string,
  other: Payload,
  kept: Payload | undefined,
  author: string,
  comment: string,
): number {
  const createdAt = new Date().toISOString();
  const file = (kind: string, payload: Record<string, unknown>): void => {
    insertProposal(db, {
      guid: randomUUID(),
      kind,
      payload: JSON.stringify({ kind, ...payload }),
      comment,
      author,
      createdAt,
    });
  };
  const codeId = localIdOf(db, 'codes', guid);
  if (kept === undefined || codeId === undefined) {
    const parentId = localIdOf(db, 'codes', other['parent']);
    file('new-code', {
      name: String(other['name'] ?? ''),
      ...(parentId === undefined ? {} : { parentId }),
      description: String(other['description'] ?? ''),
    });
    return 1;
  }
  let filed = 0;
  if (other['name'] !== kept['name']) {
    file('rename', { codeId, name: String(other['name'] ?? '') });
    filed++;
  }
  const definition = ['description', 'inclusion', 'exclusion'] as const;
  if (definition.some((field) => other[field] !== kept[field])) {
    file(
      'definition',
      Object.fromEntries([
        ['codeId', codeId],
        ...definition.map((field) => [field, String(other[field] ?? '')]),
      ]),
    );
    filed++;
  }
  return filed;
}

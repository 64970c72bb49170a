import {
  coderByName,
  getTeamLink,
  localIdOf,
  moveCoderWork,
  renameCoderIfFree,
  writeTransaction,
  type Db,
} from '../../db/index.ts';
import { readServerRows, type ServerClient } from '../../db/team/server.ts';

/**
 * A member's work belongs to the coder they were given at their first join. Someone who
 * renames their identity afterwards (coders/setMe) codes as a new coder row, which the server
 * would refuse as another coder's: before each sync, that row's work is given to the
 * member's coder, which takes the identity's name. Only a row the server does not know is
 * taken over, so another member's coder (same name) is never touched.
 */
export async function adoptIdentity(db: Db, client: ServerClient, identity: string): Promise<void> {
  const link = getTeamLink(db);
  const mine = link?.coderGuid ?? null;
  const named = coderByName(db, identity);
  if (mine === null || named === undefined || named.guid === mine) return;
  const mineId = localIdOf(db, 'coders', mine);
  if (mineId === undefined) return;
  if ((await readServerRows(client, 'coders', [named.guid])).size > 0) return;
  writeTransaction(db, () => {
    moveCoderWork(db, named.id, mineId);
    renameCoderIfFree(db, mine, identity);
  });
}

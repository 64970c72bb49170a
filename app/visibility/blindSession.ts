import { getSetting, openBlindReader, type Db } from '../../db/index.ts';
import { AppError } from '../errors.ts';
import type { ProjectSession } from '../session.ts';
import type { Visibility } from './policy.ts';
import { blindWriteOutput, checkBlindWrite } from './writeRules.ts';

/** Blind coding: a project setting the team lead switches on (project/setSettings). */
export function isBlind(db: Db): boolean {
  return getSetting(db, 'blindMode') === 'true';
}

interface BlindReader {
  readonly coder: string;
  readonly db: Db;
}

// One blind reader per open project connection, for the coder it was opened for; a new
// identity (coders/setMe) gets a new reader. Its analysis cache (app/analysis/dataCache.ts)
// is keyed by connection, so results computed for one viewer never serve another.
const readers = new WeakMap<Db, BlindReader>();

function blindReaderOf(session: ProjectSession, db: Db): Db {
  const coder = session.coder.name;
  const current = readers.get(db);
  if (current?.coder === coder && current.db.open) return current.db;
  current?.db.close();
  const reader = openBlindReader(db.name, coder, session.options);
  readers.set(db, { coder, db: reader });
  return reader;
}

/** Closes the blind reader of a project connection, before the connection itself closes. */
export function closeBlindReader(db: Db): void {
  readers.get(db)?.db.close();
  readers.delete(db);
}

function refuseComparison(): never {
  throw new AppError(
    'CONFLICT',
    'Agreement compares the coders’ codings, and blind mode hides the other coders’ codings from you. The team lead switches blind mode off (Team panel) to compute and settle agreement.',
    { key: 'agreementBlind' },
  );
}

/**
 * Runs an operation's handler under its visibility decision (./policy.ts, declared at
 * registration). Out of blind
 * mode, or for an operation that reads no project, the handler gets the caller's session.
 * In blind mode a read gets the same session whose `db()` is the blind reader; a write keeps
 * the writing connection, after ./writeRules.ts has checked it reaches no hidden work, and
 * its output is shown as the coder may see it. This is the one place blind mode is applied;
 * handlers do not check it.
 */
export async function runVisible(
  name: string,
  visibility: Visibility,
  input: unknown,
  session: ProjectSession,
  handler: (input: unknown, session: ProjectSession) => unknown,
): Promise<unknown> {
  if (visibility === 'noProject' || !session.hasProject()) return handler(input, session);
  const db = session.db();
  if (!isBlind(db)) return handler(input, session);
  if (visibility === 'allCoders') refuseComparison();
  const reader = blindReaderOf(session, db);
  if (visibility === 'writes') {
    checkBlindWrite(name, input, session.coder.name, db, reader);
    return blindWriteOutput(name, await handler(input, session), reader);
  }
  // Everything else (path, coder, jobs, options) is the caller's session, read through the
  // prototype; reads never replace the open project, so nothing is written to this object.
  return handler(input, Object.create(session, { db: { value: (): Db => reader } }) as ProjectSession);
}

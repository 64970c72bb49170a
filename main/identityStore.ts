import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CoderIdentity, IdentityStore } from '../app/session.ts';
import { writeFileAtomically } from '../app/util/atomicWrite.ts';

export const IDENTITY_FILE = 'coder-identity.json';

function isIdentity(value: unknown): value is CoderIdentity {
  const v = value as Partial<CoderIdentity> | null;
  return (
    typeof v?.name === 'string' &&
    v.name.trim() !== '' &&
    typeof v.initials === 'string' &&
    typeof v.color === 'string'
  );
}

/**
 * The coder identity (name, initials, colour) of the person using this machine, set once
 * and used in every project. A missing or mangled file means "not set yet".
 */
export function createIdentityStore(dir: string): IdentityStore {
  const file = join(dir, IDENTITY_FILE);
  // Read on every operation (who is coding): parsed again only when the file changed, which
  // another shell of the same user may do.
  let cached: { stamp: string; identity: CoderIdentity | null } | null = null;
  return {
    get: () => {
      try {
        const { mtimeMs, size } = statSync(file);
        const stamp = `${mtimeMs}:${size}`;
        if (cached?.stamp !== stamp) {
          const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
          cached = { stamp, identity: isIdentity(parsed) ? parsed : null };
        }
        return cached.identity;
      } catch {
        return null;
      }
    },
    set: (identity) => {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Write then rename: a crash mid-write keeps the previous identity.
      writeFileAtomically(file, `${JSON.stringify(identity, null, 2)}\n`);
    },
  };
}

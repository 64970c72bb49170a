import { randomUUID } from 'node:crypto';
import { getSetting, setSetting, writeTransaction, type Db } from '../../db/index.ts';

const PROJECT_ID_SETTING = 'projectId';
/** What randomUUID makes: the only shape of id that names a backup folder. */
const PROJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/**
 * The identity of a project, kept in the file so that its backups follow it when it is
 * moved or renamed. Created on first use. The file may come from anyone: an id of another
 * shape (`../../elsewhere`) is replaced by a fresh one, never used as a folder name.
 */
export function projectIdentity(db: Db): string {
  const existing = getSetting(db, PROJECT_ID_SETTING);
  if (existing && PROJECT_ID.test(existing)) return existing;
  const id = newProjectIdentity();
  writeTransaction(db, () => setSetting(db, PROJECT_ID_SETTING, id));
  return id;
}

/** An id for a project that must not share the backups of the one it was copied from. */
export function newProjectIdentity(): string {
  return randomUUID();
}

/** Writes `id` as the identity of `copy`, a project file not yet open anywhere else. */
export function setProjectIdentity(copy: Db, id: string): void {
  writeTransaction(copy, () => setSetting(copy, PROJECT_ID_SETTING, id));
}

import {
  ensureCoder,
  listCodersWithCounts,
  setSetting,
  updateCoderLook,
  writeTransaction,
} from '../../db/index.ts';
import { AppError } from '../errors.ts';
import { isBlind } from '../visibility/blindSession.ts';
import type { HandlerGroup } from './registry.ts';

export const coderHandlers: HandlerGroup = {
  'coders/me': (_input, session) => session.coder,
  'coders/list': (_input, session) => listCodersWithCounts(session.db()),
  // The identity belongs to the person, not the project: it is kept by the shell, and
  // copied into the open project so that others see the initials and colour.
  'coders/setMe': (identity, session) => {
    const store = session.options.identity;
    if (!store) throw new AppError('CONFLICT', 'This shell cannot remember a coder identity.');
    store.set(identity);
    if (session.hasProject()) {
      const db = session.db();
      writeTransaction(db, () =>
        updateCoderLook(db, ensureCoder(db, identity.name), identity.initials, identity.color),
      );
    }
    return session.coder;
  },
  'project/settings': (_input, session) => ({ blindMode: isBlind(session.db()) }),
  'project/setSettings': ({ blindMode }, session) => {
    const db = session.db();
    writeTransaction(db, () => setSetting(db, 'blindMode', String(blindMode)));
    return { blindMode };
  },
};

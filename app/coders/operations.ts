import { ensureCoder, listCodersWithCounts, updateCoderLook, writeTransaction } from '../../db/index.ts';
import { AppError } from '../errors.ts';
import { outsideProject, ownTransaction, read, type OperationGroup } from '../registration/registry.ts';

export const coderOperations = {
  'coders/me': outsideProject((_input, session) => session.coder),
  'coders/list': read((_input, session) => listCodersWithCounts(session.db())),
  // The identity belongs to the person, not the project: it is kept by the shell, and
  // copied into the open project so that others see the initials and colour.
  'coders/setMe': ownTransaction(
    'The identity is kept by the shell; it is copied into the project only when one is open.',
    (identity, session) => {
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
  ),
} satisfies OperationGroup;

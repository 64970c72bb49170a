import { AppError } from '../errors.ts';
import { mutation, ownTransaction, read, type OperationGroup } from '../registration/registry.ts';

/** Not written yet: the contract is committed first so that the interface can be built on it. */
function notYet(): never {
  throw new AppError('INTERNAL', 'not yet');
}

/** Editing a document in place and updating it from a new version of its file (issue 16). */
export const documentEditOperations = {
  'documents/edit': mutation({ kind: 'document.edit' }, () => notYet()),
  'documents/previewUpdate': read(() => notYet()),
  'documents/applyUpdate': ownTransaction('Parses the file before its one write transaction.', () =>
    notYet(),
  ),
  'documents/previewUpdateBatch': read(() => notYet()),
  'documents/applyUpdateBatch': ownTransaction('Parses the files before its one write transaction.', () =>
    notYet(),
  ),
  'documents/unplacedCodings': read(() => notYet()),
} satisfies OperationGroup;

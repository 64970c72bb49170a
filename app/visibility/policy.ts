import type { OperationName } from '../contract/api.ts';

/**
 * What an operation may see of other coders' work when blind mode is on
 * (docs/security/visibility.md says who may see what, and why):
 *
 * - `visible`: reads the project. In blind mode it runs on the blind reader, a read-only
 *   connection whose coders' tables show only the current coder's codings, the memos and
 *   history that go with them (db/queries/visibility.ts). Counts, excerpts, exports and
 *   analyses are then computed from what the coder may see, and nothing else.
 * - `writes`: changes the project. It runs on the writing connection and sees every coder's
 *   rows, because a change must keep them whole (a code merge moves every coder's codings,
 *   pseudonymisation rewrites every quote, an undo restores every row it removed).
 * - `allCoders`: compares coders with one another (agreement). There is nothing to compare
 *   in blind mode, so it is refused with a sentence saying who switches blind mode off.
 * - `noProject`: reads nothing of the open project (its lifecycle, the identity kept by
 *   the shell, import previews of files not yet stored, job polling).
 *
 * Typed as a Record over every operation, so an operation added to the contract without a
 * decision does not compile; tests/integration/visibility.test.ts checks it at run time too.
 */
export type Visibility = 'visible' | 'writes' | 'allCoders' | 'noProject';

export const operationVisibility = {
  // Opening, creating and closing act on the session itself, not on the project's rows.
  'project/create': 'noProject',
  'project/open': 'noProject',
  'project/close': 'noProject',
  'project/current': 'visible',
  'project/recent': 'noProject',
  'project/settings': 'visible',
  'project/setSettings': 'writes',
  'coders/me': 'noProject',
  'coders/setMe': 'writes',
  'coders/list': 'visible',
  // A merge reads the other file whole and writes into this one (a change, like an import).
  'project/mergePreview': 'writes',
  'project/merge': 'writes',

  'documents/list': 'visible',
  'documents/get': 'visible',
  'documents/importFiles': 'writes',
  'documents/importPaths': 'writes',
  'documents/previewImport': 'noProject',
  'documents/importBatch': 'writes',
  'documents/delete': 'writes',
  'documents/rename': 'writes',
  'documents/previewTable': 'noProject',
  'documents/importTable': 'writes',

  'codes/list': 'visible',
  'codes/create': 'writes',
  'codes/update': 'writes',
  'codes/deletePreview': 'visible',
  'codes/delete': 'writes',
  'codes/move': 'writes',
  'codes/merge': 'writes',
  'codes/split': 'writes',

  'codings/create': 'writes',
  'codings/delete': 'writes',
  'codings/ofDocument': 'visible',
  'codings/excerptsOfCode': 'visible',
  'codings/update': 'writes',
  'codings/recode': 'writes',
  'codings/deleteMany': 'writes',
  'codings/context': 'visible',

  'memos/list': 'visible',
  'memos/get': 'visible',
  'memos/save': 'writes',
  'memos/delete': 'writes',

  'analysis/cooccurrence': 'visible',
  'analysis/cooccurrenceExcerpts': 'visible',
  'analysis/matrix': 'visible',
  'exports/matrix': 'visible',
  // A coder's .qdpx in blind mode carries that coder's codings only; the lead exports the
  // whole project with blind mode off.
  'exchange/exportProject': 'visible',
  'exchange/exportCodebook': 'visible',
  'exchange/importProject': 'writes',
  'exchange/importCodebook': 'writes',

  'search/query': 'visible',

  'agreement/compute': 'allCoders',
  'agreement/disagreements': 'allCoders',
  'agreement/resolve': 'allCoders',

  'exports/excerpts': 'visible',
  'exports/excerptsJob': 'visible',
  'exports/excerptText': 'visible',
  'exports/codebook': 'visible',

  'pseudonymise/scanDocuments': 'visible',
  'pseudonymise/scanForExport': 'visible',
  'pseudonymise/applyToDocuments': 'writes',
  'pseudonymise/mappingFile': 'visible',

  'cases/list': 'visible',
  'cases/create': 'writes',
  'cases/update': 'writes',
  'cases/delete': 'writes',
  'cases/setValue': 'writes',
  'attributes/create': 'writes',
  'attributes/update': 'writes',
  'attributes/delete': 'writes',

  'sets/list': 'visible',
  'sets/create': 'writes',
  'sets/update': 'writes',
  'sets/delete': 'writes',

  // A job's result was made by the operation that started it, under that operation's rule.
  'jobs/status': 'noProject',
  'jobs/cancel': 'noProject',

  'review/freeze': 'writes',
  'review/versions': 'visible',
  'review/changes': 'visible',
  'review/changelog': 'visible',
  'review/propose': 'writes',
  'review/proposals': 'visible',
  'review/decide': 'writes',

  'history/status': 'visible',
  'history/list': 'visible',
  'history/undo': 'writes',
  'history/redo': 'writes',
  // Backups and copies are whole files, every coder's work included (blind mode hides, it
  // does not lock: docs/security/visibility.md); listing them reads files, not the project.
  'project/backups': 'noProject',
  'project/restoreBackup': 'writes',
  'project/saveCopy': 'writes',
} as const satisfies Readonly<Record<OperationName, Visibility>>;

/** The operations whose decision is `V` (e.g. `OperationsWith<'writes'>`). */
export type OperationsWith<V extends Visibility> = {
  [N in OperationName]: (typeof operationVisibility)[N] extends V ? N : never;
}[OperationName];

/** Operations of `names` that have no visibility decision (a test runs it over the contract). */
export function operationsWithoutDecision(names: readonly string[]): string[] {
  return names.filter((name) => !Object.hasOwn(operationVisibility, name));
}

/** The operation's decision; one without a decision is treated as a read, the safe side. */
export function visibilityOf(name: string): Visibility {
  return Object.hasOwn(operationVisibility, name) ? operationVisibility[name as OperationName] : 'visible';
}

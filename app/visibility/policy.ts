import { operationNames, type OperationName } from '../contract/api.ts';
import { operations } from '../operations.ts';

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
 * Every operation is registered with one (app/registration/registry.ts), so an operation added
 * to the contract without a decision does not compile; tests/integration/visibility.test.ts
 * checks it at run time too.
 */
export type Visibility = 'visible' | 'writes' | 'allCoders' | 'noProject';

/**
 * Each operation's decision, read from the registration table (app/operations.ts): `read`
 * registers 'visible' (or 'allCoders' for a comparison), `mutation`, `unrecorded` and
 * `ownTransaction` 'writes', `outsideProject` 'noProject'. The reason for a decision that is
 * not obvious sits beside the operation's registration.
 */
export const operationVisibility = Object.fromEntries(
  operationNames.map((name) => [name, operations[name].visibility]),
) as { readonly [N in OperationName]: (typeof operations)[N]['visibility'] };

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

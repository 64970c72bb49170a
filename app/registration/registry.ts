import { writeTransaction, type Db } from '../../db/index.ts';
import type { OperationName, OutputOf, ParsedInputOf } from '../contract/api.ts';
import type { HistoryPhrase } from '../contract/historyPhrases.ts';
import { AppError } from '../errors.ts';
import { ChangeSet } from '../history/changeSet.ts';
import { storeEvent } from '../history/record.ts';
import type { ProjectSession } from '../session.ts';
import type { Visibility } from '../visibility/policy.ts';

/** The shells that call `dispatch`. */
export type Transport = 'electron' | 'web' | 'cli';

export const ALL_TRANSPORTS: readonly Transport[] = ['electron', 'web', 'cli'];
/** The page in a browser sends transcripts as uploads (documents/importFiles, importBatch). */
export const NOT_WEB: readonly Transport[] = ['electron', 'cli'];

export type Handler<N extends OperationName> = (
  input: ParsedInputOf<N>,
  session: ProjectSession,
) => OutputOf<N> | Promise<OutputOf<N>>;

/**
 * An operation as registered: its handler, wrapped with the rules every operation of its
 * kind follows, and what dispatch checks before running it (who may call it, what it may
 * see in blind mode). The wrappers below are the only way to build one.
 */
export interface Registered<
  N extends OperationName,
  V extends Visibility = Visibility,
  H extends HistoryRule = HistoryRule,
  R extends Handler<N> = Handler<N>,
> {
  readonly run: R;
  readonly visibility: V;
  readonly transports: readonly Transport[];
  readonly history: H;
  /** For `unrecorded` and `ownTransaction`: why the change is not one `mutation`. */
  readonly why?: string;
}

/**
 * What an operation leaves in the undo history: `event`, one undoable event (`mutation`);
 * `none`, nothing, it changes nothing (`read`, `outsideProject`); `unrecorded`, a change
 * kept out of the history (`unrecorded`); `own`, whatever its handler records itself
 * (`ownTransaction`: bulk events, replays, imports).
 */
export type HistoryRule = 'event' | 'none' | 'unrecorded' | 'own';

export type OperationGroup = { readonly [N in OperationName]?: Registered<N> };
/** Every operation of the contract, registered: a missing one does not compile. */
export type OperationTable = { readonly [N in OperationName]: Registered<N> };

interface Declared<V extends Visibility> {
  /** Defaults to every transport. */
  readonly transports?: readonly Transport[];
  readonly visibility?: V;
}

/** A mutation's handler is synchronous, so another write may run it inside its own transaction. */
export type MutationHandler<N extends OperationName> = (
  input: ParsedInputOf<N>,
  session: ProjectSession,
) => OutputOf<N>;

function register<
  N extends OperationName,
  V extends Visibility,
  H extends HistoryRule,
  R extends Handler<N> = Handler<N>,
>(run: R, visibility: V, history: H, transports: readonly Transport[] | undefined): Registered<N, V, H, R> {
  return { run, visibility, history, transports: transports ?? ALL_TRANSPORTS };
}

/**
 * A read of the project. In blind mode `session.db()` is the blind reader, which shows only
 * what the current coder may see (app/visibility/blindSession.ts), so the handler needs no
 * check of its own. `visibility: 'allCoders'` marks a comparison of coders (refused blind).
 */
export function read<N extends OperationName, V extends 'visible' | 'allCoders' = 'visible'>(
  run: Handler<N>,
  declared: Declared<V> = {},
): Registered<N, NoInfer<V>, 'none'> {
  return register(run, declared.visibility ?? ('visible' as V), 'none', declared.transports);
}

/**
 * An operation that does not read the open project: its lifecycle, the identity kept by the
 * shell, previews of files not yet stored, job polling.
 */
export function outsideProject<N extends OperationName>(
  run: Handler<N>,
  declared: Declared<'noProject'> = {},
): Registered<N, 'noProject', 'none'> {
  return register(run, 'noProject', 'none', declared.transports);
}

/** More about an event than its phrase. */
export interface EventDetails {
  /** Structured facts for the codebook changelog, e.g. { sourceGuid, targetGuid } of a merge. */
  readonly meta?: Readonly<Record<string, string>>;
  /** Another kind than the declared one, when one operation makes two (memo create / edit). */
  readonly kind?: string;
}

/** What a mutation's handler works with, inside the transaction `mutation` opened. */
export interface MutationContext {
  readonly db: Db;
  /** Every undoable row the handler changes goes through it (insert, update, delete). */
  readonly changes: ChangeSet;
  /** The current coder's name: the author of the event. */
  readonly coder: string;
  readonly session: ProjectSession;
  /** How the history names this change; required once anything changed. */
  describe(phrase: HistoryPhrase, details?: EventDetails): void;
  /**
   * The changes were folded into an earlier event by the handler itself (a memo saved
   * again as the user types); no new event is stored.
   */
  foldedIntoEarlierEvent(): void;
}

export interface MutationDeclaration extends Declared<'writes' | 'allCoders'> {
  /** Machine-readable kind of the event, e.g. 'code.create'. */
  readonly kind: string;
  /** Store the event even when no row changed (a settled disagreement records the decision). */
  readonly recordUnchanged?: boolean;
}

/**
 * One IMMEDIATE write transaction recorded as one history event: the body of `mutation`, also
 * called by an `ownTransaction` handler that must do asynchronous work (parse a file) before
 * its one undoable change.
 */
export function recordedChange<T>(
  declared: Pick<MutationDeclaration, 'kind' | 'recordUnchanged'>,
  session: ProjectSession,
  run: (context: MutationContext) => T,
): T {
  const db = session.db();
  return writeTransaction(db, () => {
    const changes = new ChangeSet(db);
    let description: { phrase: HistoryPhrase; details: EventDetails } | undefined;
    let folded = false;
    const output = run({
      db,
      changes,
      coder: session.coder.name,
      session,
      describe: (phrase, details = {}) => {
        description = { phrase, details };
      },
      foldedIntoEarlierEvent: () => {
        folded = true;
      },
    });
    if (folded || (changes.isEmpty && declared.recordUnchanged !== true)) return output;
    if (!description)
      throw new AppError('INTERNAL', `${declared.kind} changed the project without saying how.`);
    const { phrase, details } = description;
    storeEvent(db, changes.serialised(), {
      kind: details.kind ?? declared.kind,
      phrase,
      coder: session.coder.name,
      ...(details.meta ? { meta: details.meta } : {}),
    });
    return output;
  });
}

/**
 * An undoable change. The wrapper opens the IMMEDIATE write transaction, gives the handler
 * a ChangeSet, and stores the rows it changed as one history event in the same
 * transaction, so a handler can forget neither: a failure anywhere rolls back the rows and
 * the event together. Changing rows without describing them is a programming error.
 */
export function mutation<N extends OperationName, V extends 'writes' | 'allCoders' = 'writes'>(
  declared: MutationDeclaration & Declared<V>,
  run: (input: ParsedInputOf<N>, context: MutationContext) => OutputOf<N>,
): Registered<N, NoInfer<V>, 'event', MutationHandler<N>> {
  const handler: MutationHandler<N> = (input, session) =>
    recordedChange(declared, session, (context) => run(input, context));
  return register(handler, declared.visibility ?? ('writes' as V), 'event', declared.transports);
}

/**
 * A change kept out of the undo history, in one IMMEDIATE transaction. `why` says why it is
 * not undoable (a setting, a saved query, a review record: not the material); it is kept
 * with the registration (tests/integration/registration.test.ts lists these operations).
 */
export function unrecorded<N extends OperationName>(
  why: string,
  run: (input: ParsedInputOf<N>, session: ProjectSession) => OutputOf<N>,
  declared: Declared<'writes'> = {},
): Registered<N, 'writes', 'unrecorded'> {
  const handler: Handler<N> = (input, session) => {
    const db = session.db();
    return writeTransaction(db, () => run(input, session));
  };
  return { ...register(handler, 'writes', 'unrecorded', declared.transports), why };
}

/**
 * A change whose transactions the handler manages itself, because one transaction around
 * it would be wrong: imports store file by file, merges record a bulk event
 * (app/history/record.ts recordBulk), pseudonymisation compacts the file after committing,
 * undo/redo replay events, a decision applies other mutations. `why` says which.
 */
export function ownTransaction<N extends OperationName>(
  why: string,
  run: Handler<N>,
  declared: Declared<'writes'> = {},
): Registered<N, 'writes', 'own'> {
  return { ...register(run, 'writes', 'own', declared.transports), why };
}

type Combined<G extends readonly OperationGroup[]> = G extends readonly [
  infer H,
  ...infer R extends OperationGroup[],
]
  ? H & Combined<R>
  : unknown;

/**
 * Joins the per-domain groups into one table. A name defined twice is a programming error
 * and fails at start-up.
 */
export function combineOperations<G extends readonly OperationGroup[]>(...groups: G): Combined<G> {
  const table: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, registered] of Object.entries(group)) {
      if (name in table) throw new Error(`Handler for ${name} is defined twice`);
      table[name] = registered;
    }
  }
  return table as Combined<G>;
}

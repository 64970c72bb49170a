import {
  codeSubtreeIds,
  countCodingsOfCodes,
  firstUndoneEvent,
  getCode,
  getCoding,
  getMemo,
  getProposal,
  lastDoneEvent,
  listCodingsOfDocument,
  type Db,
} from '../../db/index.ts';
import type { OutputOf, ParsedInputOf } from '../contract/api.ts';
import type { Code, ProposalPayload } from '../contract/types.ts';
import { documentForFile } from '../documents/updateFromFile.ts';
import { AppError } from '../errors.ts';
import { historyStatus } from '../history/status.ts';
import type { OperationsWith } from './policy.ts';
import { checkBlindReplay } from './replayRule.ts';

type WriteOperation = OperationsWith<'writes'>;

/** What a write does to rows another coder may own, checked before it runs in blind mode. */
export interface WriteRule<N extends WriteOperation> {
  /** Codings and memos the input names by id: each must be one the coder can see. */
  readonly names?: (input: ParsedInputOf<N>) => { codings?: readonly number[]; memos?: readonly number[] };
  /** Codes and documents whose codings the write moves or removes: none may hold hidden ones. */
  readonly alters?: (
    input: ParsedInputOf<N>,
    db: Db,
  ) => { codes?: readonly number[]; documents?: readonly number[] };
  /** The coders the input records work for: in blind mode only the coder themself. */
  readonly codesAs?: (input: ParsedInputOf<N>) => readonly (string | undefined)[];
  /** The history step it replays must be the coder's own and touch no hidden coding. */
  readonly replays?: 'undo' | 'redo';
  /** The output as the coder may see it, read again through the blind reader. */
  readonly shows?: (output: OutputOf<N>, reader: Db) => OutputOf<N>;
}

/** The documents a batch of new versions would update (files matching none are left out). */
function documentsForFiles(db: Db, files: readonly { readonly name: string }[]): number[] {
  return files.flatMap((file) => {
    try {
      return [documentForFile(db, file.name).id];
    } catch {
      return [];
    }
  });
}

type WriteRules = { readonly [N in WriteOperation]?: WriteRule<N> };

/** A code as the blind reader counts it (its codings, its anchor example). */
function codeAsSeen(code: Code, reader: Db): Code {
  return getCode(reader, code.id) ?? code;
}

/**
 * Writes run on the writing connection, which sees every coder's rows so that a change keeps
 * them whole. In blind mode these rules keep a write from reaching or revealing another
 * coder's work: a row it names must be visible (else it does not exist, as for a read), a
 * change that would move or delete hidden codings is left to the lead, and counts in its
 * output are those the coder can see. A write without a rule touches no coder's work.
 */
export const writeRules: WriteRules = {
  'codings/create': { codesAs: ({ items }) => items.map((item) => item.coder) },
  'codings/delete': { names: ({ id }) => ({ codings: [id] }) },
  'codings/update': { names: ({ id }) => ({ codings: [id] }) },
  'codings/recode': { names: ({ codingIds }) => ({ codings: codingIds }) },
  'codings/deleteMany': { names: ({ ids }) => ({ codings: ids }) },
  'codes/create': { shows: codeAsSeen },
  'codes/update': {
    names: ({ exampleCodingId }) => ({ codings: exampleCodingId ? [exampleCodingId] : [] }),
    shows: codeAsSeen,
  },
  'codes/move': { shows: codeAsSeen },
  'codes/split': { names: ({ codingIds }) => ({ codings: codingIds }), shows: codeAsSeen },
  'codes/delete': { alters: ({ id }, db) => ({ codes: codeSubtreeIds(db, id) }) },
  'codes/merge': {
    alters: ({ sourceId }) => ({ codes: [sourceId] }),
    shows: (report, reader) => ({ ...report, target: codeAsSeen(report.target, reader) }),
  },
  'documents/delete': { alters: ({ id }) => ({ documents: [id] }) },
  // An edit or an update moves, changes or unplaces every coder's codings of the document.
  'documents/edit': { alters: ({ id }) => ({ documents: [id] }) },
  'documents/applyUpdate': { alters: ({ id }) => ({ documents: [id] }) },
  'documents/applyUpdateBatch': { alters: ({ files }, db) => ({ documents: documentsForFiles(db, files) }) },
  'memos/save': {
    names: ({ id, targetKind, targetId }) => ({
      memos: id === undefined ? [] : [id],
      codings: targetKind === 'coding' && targetId !== null ? [targetId] : [],
    }),
  },
  'memos/delete': { names: ({ id }) => ({ memos: [id] }) },
  'review/decide': {
    // Accepting a proposed merge moves the source code's codings (app/review/operations.ts).
    alters: ({ id, accept }, db) => {
      const row = accept ? getProposal(db, id) : undefined;
      const payload = row ? (JSON.parse(row.payload) as ProposalPayload) : undefined;
      return { codes: payload?.kind === 'merge' ? [payload.sourceId] : [] };
    },
  },
  // The step's next Undo/Redo labels are read again: the next step may be another coder's.
  'history/undo': { replays: 'undo', shows: (step, reader) => ({ ...step, ...historyStatus(reader) }) },
  'history/redo': { replays: 'redo', shows: (step, reader) => ({ ...step, ...historyStatus(reader) }) },
};

function requireVisible(
  kind: 'coding' | 'memo',
  ids: readonly number[],
  seen: (id: number) => unknown,
): void {
  for (const id of ids) {
    if (seen(id) === undefined)
      throw new AppError('NOT_FOUND', `There is no ${kind} with id ${id} in this project.`);
  }
}

function hiddenCodings(
  holders: { codes?: readonly number[]; documents?: readonly number[] },
  db: Db,
  reader: Db,
) {
  const codes = holders.codes ?? [];
  const inDocuments = (connection: Db): number =>
    (holders.documents ?? []).reduce((sum, id) => sum + listCodingsOfDocument(connection, id).length, 0);
  return (
    countCodingsOfCodes(db, codes) -
    countCodingsOfCodes(reader, codes) +
    inDocuments(db) -
    inDocuments(reader)
  );
}

/** Checks a write against its rule before it runs in blind mode (`db` writes, `reader` is blind). */
export function checkBlindWrite(name: string, input: unknown, coder: string, db: Db, reader: Db): void {
  const rule = (writeRules as Record<string, WriteRule<WriteOperation> | undefined>)[name];
  if (!rule) return;
  const parsed = input as ParsedInputOf<WriteOperation>;
  const named = rule.names?.(parsed as never) ?? {};
  requireVisible('coding', named.codings ?? [], (id) => getCoding(reader, id));
  requireVisible('memo', named.memos ?? [], (id) => getMemo(reader, id));
  const others = (rule.codesAs?.(parsed as never) ?? []).filter(
    (name) => name !== undefined && name !== coder,
  );
  if (others.length > 0) {
    throw new AppError(
      'CONFLICT',
      `Blind mode is on: you code as yourself (${coder}), not as ${others[0] ?? ''}. The team lead switches blind mode off to record codings for another coder.`,
    );
  }
  if (rule.alters && hiddenCodings(rule.alters(parsed as never, db), db, reader) > 0) {
    throw new AppError(
      'CONFLICT',
      'This would also move or delete other coders’ codings, which blind mode hides from you. The team lead can make this change with blind mode off.',
    );
  }
  if (rule.replays) {
    const step = (rule.replays === 'undo' ? lastDoneEvent : firstUndoneEvent)(db);
    if (step) checkBlindReplay(rule.replays, step, coder, db);
  }
}

/** The write's output as the coder may see it. */
export function blindWriteOutput(name: string, output: unknown, reader: Db): unknown {
  const rule = (writeRules as Record<string, WriteRule<WriteOperation> | undefined>)[name];
  return rule?.shows ? rule.shows(output as never, reader) : output;
}

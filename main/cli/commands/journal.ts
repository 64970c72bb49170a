import type { HistoryEntry } from '../../../app/contract/types.ts';
import { integerOption, parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject } from '../backend.ts';
import { printCommandJson, type CliJson } from '../json/schemas.ts';
import { CliError, type CliIo } from '../output.ts';

const MEMOS_USAGE = 'verbatim memos FILE [--json]';
const HISTORY_USAGE = 'verbatim history FILE [--limit N] [--json]';
const UNDO_USAGE = 'verbatim undo FILE [--json]';

function onlyFile(positionals: readonly string[], usage: string): string {
  const [file = '', ...more] = requirePositionals(positionals, 1, usage);
  if (more.length > 0) throw new CliError(`Unexpected argument "${more[0]}".\nUsage: ${usage}`, 2);
  return file;
}

/** Every memo with its text (without formatting), what it is about and who wrote it. */
export async function memosCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, MEMOS_USAGE);
  const file = onlyFile(positionals, MEMOS_USAGE);
  const memos: CliJson<'memos'> = await withProject(file, async (call) => {
    const list: CliJson<'memos'> = [];
    for (const { id, targetKind, targetId, targetLabel, title, author, updatedAt } of await call(
      'memos/list',
      {},
    )) {
      const text = (await call('memos/get', { id })).plainText;
      list.push({ id, targetKind, targetId, targetLabel, title, author, updatedAt, text });
    }
    return list;
  });
  if (values.json) {
    printCommandJson(io, 'memos', memos);
    return;
  }
  if (memos.length === 0) io.out('No memos.');
  for (const memo of memos) {
    const by = memo.author === null ? '' : ` by ${memo.author}`;
    io.out(
      `## ${memo.title || '(untitled)'} — on ${memo.targetLabel}${by}, ${memo.updatedAt}\n${memo.text}\n`,
    );
  }
}

function entryJson({ id, kind, summary, coder, createdAt, state }: HistoryEntry): CliJson<'history'>[number] {
  return { id, kind, summary, coder, createdAt, state };
}

/** The changes recorded in the project, newest first, as the interface's history lists them. */
export async function historyCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    { limit: { type: 'string' }, json: { type: 'boolean' } },
    HISTORY_USAGE,
  );
  const file = onlyFile(positionals, HISTORY_USAGE);
  const limit = values.limit === undefined ? undefined : integerOption(values.limit, 'limit', HISTORY_USAGE);
  if (limit === 0) throw new CliError('--limit must be at least 1.', 2);
  const entries = await withProject(file, (call) =>
    call('history/list', limit === undefined ? {} : { limit }),
  );
  if (values.json) {
    printCommandJson(io, 'history', entries.map(entryJson));
    return;
  }
  if (entries.length === 0) io.out('No changes recorded.');
  for (const entry of entries) {
    const state = entry.state === 'done' ? '' : ` (${entry.state})`;
    io.out(`${entry.createdAt}  ${entry.coder ?? '-'}  ${entry.summary}${state}`);
  }
}

/** Undoes the last change, as the interface's Undo does (one event, in one transaction). */
export async function undoCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, UNDO_USAGE);
  const file = onlyFile(positionals, UNDO_USAGE);
  const step = await withProject(file, (call) => call('history/undo', {}));
  if (values.json) {
    printCommandJson(io, 'undo', { undone: entryJson(step.done), nextUndo: step.undo, nextRedo: step.redo });
    return;
  }
  io.out(`Undone: ${step.done.summary}`);
  if (step.undo !== null) io.out(`Next undo: ${step.undo}`);
}

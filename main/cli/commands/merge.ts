import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { MergeConflict, MergeCounts, MergeSide } from '../../../app/contract/types.ts';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject, type Call } from '../backend.ts';
import { printCommandJson } from '../json/schemas.ts';
import { CliError, type CliIo } from '../output.ts';

const USAGE =
  'verbatim merge FILE OTHER.verbatim|OTHER.qdpx [--prefer mine|theirs] [--dry-run] [--json]   (exit code 3: a conflict needs --prefer; nothing was merged)';

/** The exit code when a conflict needs a choice that no option gave: nothing was merged. */
export const CHOICE_NEEDED_EXIT = 3;

type Prefer = 'mine' | 'theirs';

interface MergeOutcome {
  readonly added: MergeCounts;
  readonly matched: MergeCounts;
  readonly conflicts: readonly MergeConflict[];
}

function preferOption(value: string | undefined): Prefer | null {
  if (value === undefined) return null;
  if (value === 'mine' || value === 'theirs') return value;
  throw new CliError(`--prefer is mine or theirs (got "${value}").\nUsage: ${USAGE}`, 2);
}

/** REFI-QDA projects merge by GUID through the interface's .qdpx import; the rest are Verbatim projects. */
function isExchangeProject(path: string): boolean {
  return /\.(qdpx|zip)$/iu.test(path);
}

/**
 * A .verbatim merge: the interface's preview, then (when no choice is missing) the merge with
 * each resolvable conflict settled by --prefer, in one transaction.
 */
async function mergeProjectFile(
  call: Call,
  other: string,
  prefer: Prefer | null,
  dryRun: boolean,
): Promise<MergeOutcome & { merged: boolean }> {
  const preview = await call('project/mergePreview', { path: other });
  if (dryRun || (prefer === null && preview.conflicts.some((conflict) => conflict.resolvable)))
    return { ...preview, merged: false };
  const side = prefer === 'theirs' ? 'theirs' : 'ours';
  const resolutions: Record<string, MergeSide> = {};
  for (const conflict of preview.conflicts) if (conflict.resolvable) resolutions[conflict.key] = side;
  return { ...(await call('project/merge', { path: other, resolutions })), merged: true };
}

function exchangeInput(other: string) {
  try {
    return { name: basename(other), base64: readFileSync(other).toString('base64') };
  } catch {
    throw new CliError(`${other} cannot be read: it does not exist or is not accessible.`);
  }
}

/**
 * What a .qdpx import would do, without touching FILE: the import runs on a complete copy
 * (project/saveCopy) in a private temporary folder, deleted afterwards.
 */
async function previewExchangeMerge(file: string, other: string): Promise<MergeOutcome> {
  const folder = mkdtempSync(join(tmpdir(), 'verbatim-merge-preview-'));
  try {
    const copy = join(folder, 'preview.verbatim');
    await withProject(file, (call) => call('project/saveCopy', { path: copy }));
    return await withProject(copy, (call) => call('exchange/importProject', exchangeInput(other)));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A .qdpx merge keeps this project's side of a conflict (docs/REFI-QDA.md): it needs
 * --prefer mine, or no conflict, to run; --prefer theirs cannot be honoured.
 */
async function mergeExchangeFile(
  file: string,
  other: string,
  prefer: Prefer | null,
  dryRun: boolean,
): Promise<MergeOutcome & { merged: boolean }> {
  if (prefer === 'theirs')
    throw new CliError(
      'A .qdpx merge keeps this project’s side of each conflict: use --prefer mine, or merge the other coder’s .verbatim file.',
      2,
    );
  if (dryRun || prefer === null) {
    const preview = await previewExchangeMerge(file, other);
    if (dryRun || preview.conflicts.some((conflict) => conflict.resolvable))
      return { ...preview, merged: false };
  }
  const report = await withProject(file, (call) => call('exchange/importProject', exchangeInput(other)));
  return { ...report, merged: true };
}

function countsText(counts: MergeCounts): string {
  return `${counts.documents} documents, ${counts.codes} codes, ${counts.codings} codings, ${counts.memos} memos, ${counts.cases} cases`;
}

export async function mergeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(
    argv,
    { prefer: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
    USAGE,
  );
  const [file = '', other = '', ...more] = requirePositionals(positionals, 2, USAGE);
  if (more.length > 0) throw new CliError(`Unexpected argument "${more[0]}".\nUsage: ${USAGE}`, 2);
  const prefer = preferOption(values.prefer);
  const dryRun = values['dry-run'] === true;
  const outcome = isExchangeProject(other)
    ? await mergeExchangeFile(file, other, prefer, dryRun)
    : await withProject(file, (call) => mergeProjectFile(call, resolve(other), prefer, dryRun));
  const choiceNeeded = prefer === null && outcome.conflicts.some((conflict) => conflict.resolvable);
  if (values.json) {
    printCommandJson(io, 'merge', {
      other: basename(other),
      merged: outcome.merged,
      prefer,
      choiceNeeded,
      added: outcome.added,
      matched: outcome.matched,
      conflicts: outcome.conflicts,
    });
  } else {
    const verb = outcome.merged ? 'Merged' : 'Would merge';
    io.out(`${verb} ${basename(other)}: added ${countsText(outcome.added)}.`);
    io.out(`Matched: ${countsText(outcome.matched)}.`);
    for (const conflict of outcome.conflicts) {
      const kept = conflict.resolvable
        ? prefer === null
          ? 'choose with --prefer mine|theirs'
          : `kept: ${prefer}`
        : 'cannot be chosen; theirs is left out';
      io.out(
        `Conflict (${conflict.kind}) ${conflict.label}: mine «${conflict.ours}», theirs «${conflict.theirs}» — ${kept}`,
      );
    }
  }
  if (choiceNeeded) {
    io.err(
      `${outcome.conflicts.filter((conflict) => conflict.resolvable).length} conflict(s) need a choice: nothing was merged. Run again with --prefer mine or --prefer theirs.`,
    );
    return CHOICE_NEEDED_EXIT;
  }
  return 0;
}

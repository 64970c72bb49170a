import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ReanchorReport } from '../../../app/contract/types.ts';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject } from '../backend.ts';
import { printCommandJson } from '../json/schemas.ts';
import { readJsonlLines } from '../jsonl.ts';
import { CliError, type CliIo } from '../output.ts';
import { resolveDocument } from '../resolve.ts';

const UPDATE_USAGE = 'verbatim update FILE DOC NEWSOURCE [--dry-run] [--json]';
const EDIT_USAGE = 'verbatim edit FILE DOC --jsonl PATH [--json]';

/** How the codings followed, as --json prints it (docs/cli/update.schema.json, edit.schema.json). */
function reanchored(report: ReanchorReport) {
  return {
    document: report.document,
    kept: report.kept,
    moved: report.moved,
    changed: report.changed,
    unplaced: report.unplaced,
    removedChars: report.removedChars,
    insertedChars: report.insertedChars,
  };
}

/** The review in plain text: what changed and what could not be placed. */
function printReview(io: CliIo, report: ReanchorReport, saved: boolean): void {
  io.out(
    `${report.document}: ${report.removedChars} characters removed, ${report.insertedChars} added; codings: ${report.kept} kept, ${report.moved} moved, ${report.changed.length} changed, ${report.unplaced.length} unplaced.`,
  );
  for (const coding of report.changed) {
    io.out(`  changed  [${coding.code}, ${coding.coder}] «${coding.before}» → «${coding.after}»`);
  }
  for (const coding of report.unplaced) {
    io.out(
      `  unplaced [${coding.code}, ${coding.coder}] «${coding.quote}» (its text was removed; kept apart)`,
    );
  }
  if (!saved) io.out('Nothing was saved (--dry-run).');
}

function readSource(path: string): string {
  try {
    return readFileSync(path).toString('base64');
  } catch {
    throw new CliError(`Cannot read ${path}.`);
  }
}

/** Applies a new version of a document's file, every coding re-anchored (docs/CLI.md). */
export async function updateCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
    UPDATE_USAGE,
  );
  const [file, doc, source] = requirePositionals(positionals, 3, UPDATE_USAGE);
  const newVersion = { name: basename(source ?? ''), base64: readSource(source ?? '') };
  const report = await withProject(file ?? '', async (call) => {
    const { id } = await resolveDocument(call, doc ?? '');
    return values['dry-run']
      ? call('documents/previewUpdate', { id, file: newVersion })
      : call('documents/applyUpdate', { id, file: newVersion });
  });
  if (values.json) printCommandJson(io, 'update', { ...reanchored(report), saved: report.saved });
  else printReview(io, report, report.saved);
}

const EditLine = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() })
  .strict()
  .refine((edit) => edit.start <= edit.end, { path: ['end'], message: 'must not come before start' });

type NumberedEdit = { readonly line: number; readonly value: z.output<typeof EditLine> };

/**
 * The edits' own mistakes, named by their line of the file (the backend checks them too,
 * but can only name characters): an edit past the end of the text, or two that overlap.
 */
function checkEditLines(edits: readonly NumberedEdit[], length: number): void {
  const nothing = 'nothing was changed';
  for (const { line, value } of edits) {
    if (value.end > length)
      throw new CliError(
        `Line ${line}: the edit ends at character ${value.end}, after the end of the text (${length} characters); ${nothing}.`,
      );
  }
  const sorted = [...edits].sort((a, b) => a.value.start - b.value.start || a.value.end - b.value.end);
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1] as NumberedEdit;
    const edit = sorted[index] as NumberedEdit;
    const inserts = edit.value.start === edit.value.end && previous.value.start === previous.value.end;
    if (edit.value.start < previous.value.end || (inserts && edit.value.start === previous.value.start))
      throw new CliError(
        `Lines ${previous.line} and ${edit.line}: the two edits overlap at character ${edit.value.start}; make them one edit; ${nothing}.`,
      );
  }
}

/** Applies text edits { start, end, text } (offsets of the current text) as one change. */
export async function editCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    { jsonl: { type: 'string' }, json: { type: 'boolean' } },
    EDIT_USAGE,
  );
  const [file, doc] = requirePositionals(positionals, 2, EDIT_USAGE);
  if (values.jsonl === undefined) throw new CliError(`--jsonl is required.\nUsage: ${EDIT_USAGE}`, 2);
  const edits = await readJsonlLines(values.jsonl, EditLine, 'nothing was changed');
  if (edits.length === 0) throw new CliError(`${values.jsonl} holds no edits.`);
  const report = await withProject(file ?? '', async (call) => {
    const { id, length } = await resolveDocument(call, doc ?? '');
    checkEditLines(edits, length);
    return call('documents/edit', { id, edits: edits.map(({ value }) => value) });
  });
  if (values.json) printCommandJson(io, 'edit', reanchored(report));
  else printReview(io, report, true);
}

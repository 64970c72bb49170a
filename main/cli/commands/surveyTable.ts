import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { SurveyAnswerUnit, TablePreview } from '../../../app/contract/types.ts';
import { callerFor, newSession, type Call } from '../backend.ts';
import { CliError } from '../output.ts';

/** A survey or attribute table: what the interface's survey dialog opens. */
export function isSurveyTable(path: string): boolean {
  return /\.(csv|tsv|xlsx)$/iu.test(path);
}

/** The table as the contract takes it: its file name (for the format) and its bytes. */
export interface TableFile {
  readonly name: string;
  readonly base64: string;
}

export function readTableFile(path: string): TableFile {
  try {
    return { name: basename(path), base64: readFileSync(path).toString('base64') };
  } catch {
    throw new CliError(`${path} cannot be read: it does not exist or is not accessible.`);
  }
}

/** Columns with their suggested roles, as the survey dialog shows them; needs no open project. */
export async function previewTable(table: TableFile): Promise<TablePreview> {
  const session = newSession();
  try {
    return await callerFor(session)('documents/previewTable', table);
  } finally {
    session.close();
  }
}

/** The roles a survey import gives the table's columns. */
export interface SurveyRoles {
  readonly id: string;
  readonly text: readonly string[];
  readonly attributes: readonly string[];
}

/** Column names as the table spells them (the same, else the same letters in another case). */
function matchColumns(preview: TablePreview, names: readonly string[]): string[] {
  const known = preview.columns.map((column) => column.name);
  return names.map((name) => {
    const wanted = name.trim();
    const found =
      known.find((column) => column === wanted) ??
      known.find((column) => column.toLowerCase() === wanted.toLowerCase());
    if (found === undefined)
      throw new CliError(`The table has no column "${name}". Its columns are: ${known.join(', ')}.`);
    return found;
  });
}

/**
 * The roles given on the command line; each role left out is taken from the interface's
 * suggestion (app/importers/table/surveyPlan.ts summariseColumns), never giving a column two roles.
 */
export function surveyRoles(
  preview: TablePreview,
  given: { id?: string; text?: readonly string[]; attributes?: readonly string[] },
  options: { withText: boolean },
): SurveyRoles {
  const suggested = (role: string) =>
    preview.columns.filter((column) => column.suggestedRole === role).map((column) => column.name);
  const [id] = given.id !== undefined ? matchColumns(preview, [given.id]) : suggested('id');
  if (id === undefined) {
    throw new CliError(
      `No column looks like the respondents' identifier: name it with --id. The columns are: ${preview.columns.map((column) => column.name).join(', ')}.`,
      2,
    );
  }
  const givenText = given.text && given.text.length > 0 ? matchColumns(preview, given.text) : null;
  const givenAttributes =
    given.attributes && given.attributes.length > 0 ? matchColumns(preview, given.attributes) : null;
  const taken = new Set([id, ...(givenText ?? []), ...(givenAttributes ?? [])]);
  const text = options.withText ? (givenText ?? suggested('text').filter((name) => !taken.has(name))) : [];
  const attributes =
    givenAttributes ?? suggested('attribute').filter((name) => !taken.has(name) && !text.includes(name));
  return { id, text, attributes };
}

/** Stores the table through the same operation as the interface's survey dialog. */
export function importTable(call: Call, table: TableFile, roles: SurveyRoles, answerAs: SurveyAnswerUnit) {
  return call('documents/importTable', {
    ...table,
    idColumn: roles.id,
    textColumns: [...roles.text],
    attributeColumns: [...roles.attributes],
    answerAs,
  });
}

import { SURVEY_ANSWER_UNITS, type SurveyAnswerUnit } from '../../../app/contract/enums.ts';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject } from '../backend.ts';
import type { TableImportReport } from '../../../app/contract/types.ts';
import { printCommandJson } from '../json/schemas.ts';
import { CliError, type CliIo } from '../output.ts';
import { createIfAbsent, importCommand as importSourcesCommand } from './project.ts';
import { importTable, isSurveyTable, previewTable, readTableFile, surveyRoles } from './surveyTable.ts';

const USAGE =
  'verbatim import FILE TABLE.csv|TABLE.xlsx [--id COL] [--text COL]... [--attr COL]... [--answer-as document|segment] [--dry-run] [--json]   (roles left out are suggested as in the interface; --dry-run prints them and stores nothing)';

/**
 * `verbatim import`: a survey table (.csv, .tsv, .xlsx) goes through the interface's survey
 * import; anything else to the transcripts and REFI-QDA import (project.ts).
 */
export async function importCommand(argv: readonly string[], io: CliIo): Promise<number | undefined> {
  const sources = argv.slice(1).filter((arg) => !arg.startsWith('-'));
  if (sources.some(isSurveyTable)) return surveyImportCommand(argv, io);
  return importSourcesCommand(argv, io);
}

function answerUnit(value: string | undefined): SurveyAnswerUnit {
  // The interface's default: one document per respondent, one segment per answer.
  if (value === undefined) return 'segment';
  const unit = SURVEY_ANSWER_UNITS.find((candidate) => candidate === value);
  if (!unit) throw new CliError(`--answer-as is document or segment (got "${value}").\nUsage: ${USAGE}`, 2);
  return unit;
}

async function surveyImportCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      id: { type: 'string' },
      text: { type: 'string', multiple: true },
      attr: { type: 'string', multiple: true },
      'answer-as': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  const [file = '', path = '', ...more] = requirePositionals(positionals, 2, USAGE);
  if (more.length > 0 || !isSurveyTable(path))
    throw new CliError(`A survey table is imported alone, after the project file.\nUsage: ${USAGE}`, 2);
  const answerAs = answerUnit(values['answer-as']);
  const table = readTableFile(path);
  const preview = await previewTable(table);
  const roles = surveyRoles(
    preview,
    { ...(values.id !== undefined ? { id: values.id } : {}), text: values.text, attributes: values.attr },
    { withText: true },
  );
  // Without open-text columns the table would make empty documents: that is an attribute sheet.
  if (roles.text.length === 0)
    throw new CliError(
      'No column looks like open-text answers: name them with --text, or import a table of attributes with `verbatim cases FILE --import TABLE`.',
      2,
    );
  const dryRun = values['dry-run'] === true;
  let imported: TableImportReport | null = null;
  if (!dryRun) {
    await createIfAbsent(file);
    imported = await withProject(file, (call) => importTable(call, table, roles, answerAs));
  }
  const mapping = { ...roles, answerAs };
  if (values.json) {
    printCommandJson(io, 'import-table', {
      table: table.name,
      dryRun,
      mapping,
      columns: preview.columns,
      rowCount: preview.rowCount,
      encoding: preview.encoding,
      notes: preview.notes,
      imported,
    });
    return;
  }
  io.out(`${table.name}: ${preview.rowCount} rows (${preview.encoding})`);
  io.out(`  id: ${roles.id}`);
  io.out(`  open-text answers: ${roles.text.join(', ') || '(none)'}`);
  io.out(`  attributes: ${roles.attributes.join(', ') || '(none)'}`);
  io.out(`  each answer as a ${answerAs}`);
  for (const note of preview.notes) io.out(`  Note: ${note.text}`);
  if (!imported) {
    io.out('Dry run: nothing was stored. Give --id, --text and --attr to change these roles.');
    return;
  }
  io.out(
    `Imported ${imported.documents.length} documents; cases: ${imported.casesCreated} created, ${imported.casesUpdated} updated; ${imported.attributesCreated} attributes created; ${imported.skippedRows} rows skipped (no id or no answer).`,
  );
}

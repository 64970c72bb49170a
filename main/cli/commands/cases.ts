import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject, type Call } from '../backend.ts';
import { printCommandJson, type CliJson } from '../json/schemas.ts';
import { CliError, type CliIo } from '../output.ts';
import { importTable, isSurveyTable, previewTable, readTableFile, surveyRoles } from './surveyTable.ts';

const USAGE =
  'verbatim cases FILE [--json] | verbatim cases FILE --import TABLE.csv|TABLE.xlsx [--id COL] [--attr COL]... [--json]';

/** The cases with their attribute values keyed by attribute name, as a data frame reads them. */
async function casesJson(call: Call): Promise<CliJson<'cases'>> {
  const [{ attributes, cases }, documents] = await Promise.all([
    call('cases/list', {}),
    call('documents/list', {}),
  ]);
  const documentName = new Map(documents.map((document) => [document.id, document.name]));
  const attributeName = new Map(attributes.map((attribute) => [attribute.id, attribute.name]));
  return {
    attributes: attributes.map((attribute) => ({ ...attribute, choices: [...attribute.choices] })),
    cases: cases.map((item) => ({
      id: item.id,
      name: item.name,
      description: item.description,
      documents: item.documentIds.map((id) => documentName.get(id) ?? String(id)),
      values: Object.fromEntries(
        Object.entries(item.values).flatMap(([attributeId, value]) => {
          const name = attributeName.get(Number(attributeId));
          return name === undefined ? [] : [[name, value]];
        }),
      ),
    })),
  };
}

/** One line per case: its name, then each attribute's value. */
function printCases(io: CliIo, table: CliJson<'cases'>): void {
  if (table.cases.length === 0) {
    io.out('No cases.');
    return;
  }
  const names = table.attributes.map((attribute) => attribute.name);
  io.out(['case', ...names, 'documents'].join('\t'));
  for (const item of table.cases)
    io.out(
      [item.name, ...names.map((name) => item.values[name] ?? ''), item.documents.join(', ')].join('\t'),
    );
}

/**
 * Lists the cases, or imports an attribute table (one row per case) through the interface's
 * survey import without open-text columns: the id column names the cases.
 */
export async function casesCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      import: { type: 'string' },
      id: { type: 'string' },
      attr: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  const [file = '', ...more] = requirePositionals(positionals, 1, USAGE);
  if (more.length > 0) throw new CliError(`Unexpected argument "${more[0]}".\nUsage: ${USAGE}`, 2);
  if (values.import === undefined) {
    if (values.id !== undefined || values.attr !== undefined)
      throw new CliError(`--id and --attr go with --import.\nUsage: ${USAGE}`, 2);
    const table = await withProject(file, casesJson);
    if (values.json) printCommandJson(io, 'cases', table);
    else printCases(io, table);
    return;
  }
  if (!isSurveyTable(values.import))
    throw new CliError(`--import takes a .csv, .tsv or .xlsx table (got "${values.import}").`, 2);
  const table = readTableFile(values.import);
  const roles = surveyRoles(
    await previewTable(table),
    { ...(values.id !== undefined ? { id: values.id } : {}), attributes: values.attr },
    { withText: false },
  );
  if (roles.attributes.length === 0)
    throw new CliError('No attribute column to import: name them with --attr.', 2);
  const imported = await withProject(file, (call) => importTable(call, table, roles, 'document'));
  if (values.json) {
    printCommandJson(io, 'cases-import', {
      table: table.name,
      mapping: { id: roles.id, attributes: roles.attributes },
      imported,
    });
    return;
  }
  io.out(
    `Imported ${table.name} (id: ${roles.id}; attributes: ${roles.attributes.join(', ')}): cases ${imported.casesCreated} created, ${imported.casesUpdated} updated; ${imported.attributesCreated} attributes created; ${imported.skippedRows} rows skipped.`,
  );
}

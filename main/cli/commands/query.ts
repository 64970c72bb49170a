import { parseCommandArgs, requirePositionals } from '../args.ts';
import { parseQuery, QueryParseError } from '../../../app/queries/parse.ts';
import { withProject } from '../backend.ts';
import { printCommandJson } from '../json/schemas.ts';
import { CliError, type CliIo } from '../output.ts';
import { resolveFilters } from './analysis.ts';

const QUERY_USAGE =
  'verbatim query FILE EXPR [--set NAME] [--where attr=value] [--speaker NAME] [--coder NAME] [--json]';

/** `verbatim query`: a coding query (docs/ANALYSIS.md, "Coding queries") and its excerpts. */
export async function queryCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      set: { type: 'string', multiple: true },
      where: { type: 'string', multiple: true },
      speaker: { type: 'string', multiple: true },
      coder: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    QUERY_USAGE,
  );
  const [file, expression] = requirePositionals(positionals, 2, QUERY_USAGE);
  // A query that does not read is bad usage: say where before opening the project.
  try {
    parseQuery(expression ?? '');
  } catch (error) {
    if (error instanceof QueryParseError)
      throw new CliError(`This query does not read: ${error.message}.`, 2);
    throw error;
  }
  const result = await withProject(file ?? '', async (call) =>
    call('queries/run', { expression: expression ?? '', filters: await resolveFilters(call, values) }),
  );
  if (values.json) {
    printCommandJson(io, 'query', {
      count: result.count,
      excerpts: result.excerpts.map(({ doc, start, end, code, coder, text }) => ({
        doc,
        start,
        end,
        code,
        coder,
        text,
      })),
    });
    return;
  }
  io.out(`${result.count} result${result.count === 1 ? '' : 's'} for ${result.expression}`);
  for (const excerpt of result.excerpts) {
    io.out(`\n${excerpt.doc} [${excerpt.start}–${excerpt.end}] ${excerpt.code} (${excerpt.coder})`);
    io.out(`  ${excerpt.text.replace(/\n/gu, '\n  ')}`);
  }
  if (result.documents.length > 0) {
    io.out('\nPer document:');
    for (const row of result.documents) io.out(`  ${row.name}: ${row.count}`);
  }
  if (result.cases.length > 0) {
    io.out('Per case:');
    for (const row of result.cases) io.out(`  ${row.name}: ${row.count}`);
  }
}

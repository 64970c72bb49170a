import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject } from '../backend.ts';
import { printJson, type CliIo } from '../output.ts';
import { resolveCodes } from '../resolve.ts';

const USAGE = 'verbatim search FILE QUERY [--code NAME] [--json]';

export async function searchCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    { code: { type: 'string' }, json: { type: 'boolean' } },
    USAGE,
  );
  const [file, ...words] = requirePositionals(positionals, 2, USAGE);
  const query = words.join(' ');
  const result = await withProject(file ?? '', async (call) => {
    const [codeId] = await resolveCodes(call, values.code !== undefined ? [values.code] : []);
    return call('search/query', { query, ...(codeId !== undefined ? { codeId } : {}) });
  });
  if (values.json) {
    printJson(io, result);
    return;
  }
  for (const document of result.documents) {
    io.out(`${document.documentName} (${document.hits.length})`);
    for (const hit of document.hits) {
      const who = hit.speaker ? `${hit.speaker}: ` : '';
      io.out(`  ${who}${hit.before}[${hit.match}]${hit.after}`);
    }
  }
  io.out(
    `${result.total} match${result.total === 1 ? '' : 'es'}${result.truncated ? ' (more not shown)' : ''}`,
  );
}

import { writeFileSync } from 'node:fs';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject } from '../backend.ts';
import { CliError, printJson, type CliIo } from '../output.ts';

const COOCCUR_USAGE = 'verbatim cooccur FILE --scope overlap [--json]';

export async function cooccurCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    { scope: { type: 'string', default: 'overlap' }, json: { type: 'boolean' } },
    COOCCUR_USAGE,
  );
  const [file] = requirePositionals(positionals, 1, COOCCUR_USAGE);
  if (values.scope !== 'overlap') {
    throw new CliError(`Unknown scope "${values.scope}"; this version supports: overlap.`, 2);
  }
  const result = await withProject(file ?? '', (call) => call('analysis/cooccurrence', { scope: 'overlap' }));
  if (values.json) {
    printJson(io, {
      scope: result.scope,
      codes: result.codes.map(({ name, n }) => ({ name, n })),
      pairs: result.pairs.map(({ a, b, count, c }) => ({ a, b, count, c })),
    });
    return;
  }
  if (result.pairs.length === 0) io.out('No codes co-occur (scope: overlap).');
  for (const pair of result.pairs) {
    io.out(`${pair.a} × ${pair.b}: ${pair.count} (c = ${pair.c === null ? 'undefined' : pair.c.toFixed(3)})`);
  }
}

const EXPORT_USAGE = 'verbatim export FILE --format md --out PATH [--code NAME] [--lang en|fr]';

export async function exportCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      code: { type: 'string' },
      lang: { type: 'string' },
    },
    EXPORT_USAGE,
  );
  const [file] = requirePositionals(positionals, 1, EXPORT_USAGE);
  if (values.format !== 'md') throw new CliError(`--format must be md.\nUsage: ${EXPORT_USAGE}`, 2);
  if (!values.out) throw new CliError(`--out is required.\nUsage: ${EXPORT_USAGE}`, 2);
  const language = values.lang ?? 'en';
  if (language !== 'en' && language !== 'fr') throw new CliError('--lang must be en or fr.', 2);
  const exported = await withProject(file ?? '', async (call) => {
    let codeId: number | undefined;
    if (values.code !== undefined) {
      const wanted = values.code.trim().toLowerCase();
      const code = (await call('codes/list', {})).find(
        (candidate) => candidate.name.toLowerCase() === wanted,
      );
      if (!code) throw new CliError(`There is no code "${values.code}" in this project.`);
      codeId = code.id;
    }
    return call('exports/excerpts', { format: 'md', language, ...(codeId !== undefined ? { codeId } : {}) });
  });
  try {
    writeFileSync(values.out, exported.content, 'utf8');
  } catch (error) {
    throw new CliError(
      `Cannot write ${values.out}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  io.out(`Wrote ${values.out}`);
}

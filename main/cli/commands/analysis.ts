import { parseCommandArgs, requirePositionals } from '../args.ts';
import type { InputOf } from '../../../app/contract/api.ts';
import { parseScope } from '../../../app/analysis/scopes.ts';
import { withProject, type Call } from '../backend.ts';
import { CliError, printJson, type CliIo } from '../output.ts';
import { resolveCoders, resolveSpeakers } from '../resolve.ts';

const COOCCUR_USAGE =
  'verbatim cooccur FILE --scope overlap|segment|document|near:N [--set NAME] [--where attr=value] [--speaker NAME] [--coder NAME] [--json]';

/** Turns --set/--where names into the ids the contract takes; an unknown name is an error. */
export async function resolveFilters(
  call: Call,
  values: { set?: string[]; where?: string[]; speaker?: string[]; coder?: string[] },
): Promise<InputOf<'analysis/cooccurrence'>['filters']> {
  const filters: NonNullable<InputOf<'analysis/cooccurrence'>['filters']> = {};
  if (values.set && values.set.length > 0) {
    const sets = await call('sets/list', { kind: 'document' });
    filters.setIds = values.set.map((name) => {
      const set = sets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (!set) throw new CliError(`There is no document set "${name}".`);
      return set.id;
    });
  }
  if (values.where && values.where.length > 0) {
    const { attributes } = await call('cases/list', {});
    filters.where = values.where.map((condition) => {
      const equals = condition.indexOf('=');
      if (equals <= 0) throw new CliError(`--where takes attribute=value (got "${condition}").`, 2);
      const name = condition.slice(0, equals).trim();
      const attribute = attributes.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (!attribute) throw new CliError(`There is no attribute "${name}".`);
      return { attributeId: attribute.id, value: condition.slice(equals + 1).trim() };
    });
  }
  if (values.speaker && values.speaker.length > 0)
    filters.speakers = await resolveSpeakers(call, values.speaker);
  if (values.coder && values.coder.length > 0) filters.coders = await resolveCoders(call, values.coder);
  return filters;
}

export async function cooccurCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      scope: { type: 'string', default: 'overlap' },
      set: { type: 'string', multiple: true },
      where: { type: 'string', multiple: true },
      speaker: { type: 'string', multiple: true },
      coder: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    COOCCUR_USAGE,
  );
  const [file] = requirePositionals(positionals, 1, COOCCUR_USAGE);
  const scope = values.scope ?? 'overlap';
  if (!parseScope(scope)) {
    throw new CliError(`Unknown scope "${scope}": use overlap, segment, document or near:N.`, 2);
  }
  const result = await withProject(file ?? '', async (call) =>
    call('analysis/cooccurrence', { scope, filters: await resolveFilters(call, values) }),
  );
  if (values.json) {
    printJson(io, {
      scope: result.scope,
      codes: result.codes.map(({ name, n }) => ({ name, n })),
      // The JSON shape is the documented contract of the foundation issue: keep it exact.
      pairs: result.pairs.map(({ a, b, count, c }) => ({ a, b, count, c })),
    });
    return;
  }
  if (result.pairs.length === 0) io.out(`No codes co-occur (scope: ${result.scope}).`);
  for (const pair of result.pairs) {
    const flags = pair.warnings.length > 0 ? `  [${pair.warnings.join(', ')}]` : '';
    io.out(
      `${pair.a} × ${pair.b}: ${pair.count} (c = ${pair.c === null ? 'undefined' : pair.c.toFixed(3)})${flags}`,
    );
  }
}

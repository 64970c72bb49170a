import type { WordFrequencies } from '../../../app/contract/types.ts';
import { integerOption, parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject } from '../backend.ts';
import { printCommandJson, type CliJson } from '../json/schemas.ts';
import { CliError, type CliIo } from '../output.ts';

const USAGE =
  'verbatim words FILE [--by document|case|code] [--stem] [--all-speakers] [--min-length N] [--limit N] [--json]';

const BY = ['document', 'case', 'code'] as const;
type By = (typeof BY)[number];

function byOption(value: string | undefined): By | undefined {
  if (value === undefined) return undefined;
  const by = BY.find((candidate) => candidate === value);
  if (!by) throw new CliError(`--by is document, case or code.\nUsage: ${USAGE}`, 2);
  return by;
}

/** One object per word, most frequent first; with --by, its count in each group where it occurs. */
function wordRows(result: WordFrequencies, by: By | undefined): CliJson<'words'> {
  return result.rows.map((row) => ({
    word: row.word,
    count: row.count,
    documents: row.documents,
    forms: row.forms.map(({ form, count }) => ({ form, count })),
    ...(by === undefined
      ? {}
      : {
          by: result.groups.flatMap((group, index) => {
            const count = row.counts[index] ?? 0;
            return count > 0 ? [{ id: group.id, label: group.label, count }] : [];
          }),
        }),
  }));
}

/** A line per word: word, count, documents, then one column per group with --by. */
function table(result: WordFrequencies, by: By | undefined): string {
  const header = ['word', 'count', 'documents', ...(by ? result.groups.map((group) => group.label) : [])];
  const lines = result.rows.map((row) => [
    row.word,
    row.count,
    row.documents,
    ...(by ? result.groups.map((_group, index) => row.counts[index] ?? 0) : []),
  ]);
  return [header, ...lines].map((line) => line.join('\t')).join('\n');
}

export async function wordsCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      by: { type: 'string' },
      stem: { type: 'boolean' },
      'all-speakers': { type: 'boolean' },
      'min-length': { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  const [file = ''] = requirePositionals(positionals, 1, USAGE);
  const by = byOption(values.by);
  const minLength =
    values['min-length'] === undefined ? undefined : integerOption(values['min-length'], 'min-length', USAGE);
  if (minLength !== undefined && (minLength < 1 || minLength > 50))
    throw new CliError('--min-length is between 1 and 50.', 2);
  const limit = values.limit === undefined ? undefined : integerOption(values.limit, 'limit', USAGE);
  if (limit === 0) throw new CliError('--limit must be at least 1.', 2);
  const result = await withProject(file, (call) =>
    call('words/frequencies', {
      by: by ?? 'all',
      stem: values.stem === true,
      allSpeakers: values['all-speakers'] === true,
      ...(minLength === undefined ? {} : { minLength }),
      ...(limit === undefined ? {} : { limit }),
    }),
  );
  if (values.json) printCommandJson(io, 'words', wordRows(result, by));
  else io.out(table(result, by));
}

import { z } from 'zod';
import { MAX_CODINGS_PER_BATCH } from '../../../app/contract/codings.ts';
import { integerOption, parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject, type Call } from '../backend.ts';
import { readJsonlLines } from '../jsonl.ts';
import { CliError, type CliIo } from '../output.ts';
import { documentResolver } from '../resolve.ts';

const USAGE =
  'verbatim code FILE --doc DOC --start N --end N --code NAME [--coder NAME]\n       verbatim code FILE --jsonl PATH';

const JsonlLine = z
  .object({
    doc: z.union([z.string().min(1), z.number().int().positive()]),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    code: z.string().trim().min(1),
    coder: z.string().trim().min(1).optional(),
  })
  .strict();

interface Request {
  readonly line: number | null;
  readonly doc: string | number;
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly coder?: string | undefined;
}

async function readJsonl(path: string): Promise<Request[]> {
  const requests = (
    await readJsonlLines(path, JsonlLine, 'no coding was saved', {
      max: MAX_CODINGS_PER_BATCH,
      tooMany: (count) =>
        `${path} holds ${count.toLocaleString('en')} codings; at most ${MAX_CODINGS_PER_BATCH.toLocaleString('en')} are saved in one run. Split it into several files; no coding was saved.`,
    })
  ).map(({ line, value }) => ({ line, ...value }));
  if (requests.length === 0) throw new CliError(`${path} holds no codings.`);
  return requests;
}

function lineOf(request: Request | undefined): string {
  return request === undefined || request.line === null ? '' : `Line ${request.line}: `;
}

/**
 * Every request's document is found in one listing of the project, so that an error can
 * name its line; then all codings are saved in one transaction by codings/create, which
 * checks each range against its text and names a bad item by its number: the message
 * names its line instead. Nothing is saved unless every line is right.
 */
async function applyCodings(call: Call, requests: readonly Request[]): Promise<number> {
  const resolve = await documentResolver(call);
  const items = requests.map((request) => {
    let documentId: number;
    try {
      documentId = resolve(request.doc).id;
    } catch (error) {
      throw new CliError(
        `${lineOf(request)}${error instanceof Error ? error.message : String(error)} No coding was saved.`,
      );
    }
    return {
      documentId,
      start: request.start,
      end: request.end,
      codeName: request.code,
      ...(request.coder ? { coder: request.coder } : {}),
    };
  });
  try {
    return (await call('codings/create', { items })).length;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const item = /^Item (\d+): /u.exec(message);
    const request = item ? requests[Number(item[1]) - 1] : requests.length === 1 ? requests[0] : undefined;
    throw new CliError(
      `${lineOf(request)}${item ? message.slice(item[0].length) : message} No coding was saved.`,
    );
  }
}

export async function codeCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      doc: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      code: { type: 'string' },
      coder: { type: 'string' },
      jsonl: { type: 'string' },
    },
    USAGE,
  );
  const [file] = requirePositionals(positionals, 1, USAGE);
  let requests: Request[];
  if (values.jsonl !== undefined) {
    if (values.doc ?? values.start ?? values.end ?? values.code) {
      throw new CliError(`--jsonl cannot be combined with --doc/--start/--end/--code.\nUsage: ${USAGE}`, 2);
    }
    requests = await readJsonl(values.jsonl);
  } else {
    if (values.doc === undefined || values.code === undefined) {
      throw new CliError(`--doc and --code are required.\nUsage: ${USAGE}`, 2);
    }
    requests = [
      {
        line: null,
        doc: values.doc,
        start: integerOption(values.start, 'start', USAGE),
        end: integerOption(values.end, 'end', USAGE),
        code: values.code,
        coder: values.coder,
      },
    ];
  }
  const count = await withProject(file ?? '', (call) => applyCodings(call, requests));
  io.out(`Saved ${count} coding${count === 1 ? '' : 's'}.`);
}

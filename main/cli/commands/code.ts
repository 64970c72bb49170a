import { z } from 'zod';
import { checkRange, describeRangeProblem } from '../../../app/text/offsets.ts';
import { integerOption, parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject, type Call } from '../backend.ts';
import { readJsonlLines } from '../jsonl.ts';
import { CliError, type CliIo } from '../output.ts';
import { resolveDocument } from '../resolve.ts';

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

function readJsonl(path: string): Request[] {
  const requests = readJsonlLines(path, JsonlLine, 'no coding was saved').map(({ line, value }) => ({
    line,
    ...value,
  }));
  if (requests.length === 0) throw new CliError(`${path} holds no codings.`);
  return requests;
}

/**
 * Every request is checked against its document before anything is written, so that an
 * error can name its line; then all codings are saved in one transaction.
 */
async function applyCodings(call: Call, requests: readonly Request[]): Promise<number> {
  const texts = new Map<string, { id: number; text: string }>();
  const items = [];
  for (const request of requests) {
    const where = request.line === null ? '' : `Line ${request.line}: `;
    const key = String(request.doc);
    let document = texts.get(key);
    if (!document) {
      try {
        const summary = await resolveDocument(call, request.doc);
        document = await call('documents/get', { id: summary.id });
      } catch (error) {
        throw new CliError(
          `${where}${error instanceof Error ? error.message : String(error)} No coding was saved.`,
        );
      }
      texts.set(key, document);
    }
    const problem = checkRange(document.text, request.start, request.end);
    if (problem) {
      const message = describeRangeProblem(problem, request.start, request.end, document.text.length);
      throw new CliError(`${where}${message} No coding was saved.`);
    }
    items.push({
      documentId: document.id,
      start: request.start,
      end: request.end,
      codeName: request.code,
      ...(request.coder ? { coder: request.coder } : {}),
    });
  }
  const codings = await call('codings/create', { items });
  return codings.length;
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
    requests = readJsonl(values.jsonl);
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

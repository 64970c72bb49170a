import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { CliError } from './output.ts';

/** Each line of `path` with its 1-based number, read a chunk at a time: never the whole file at once. */
async function* linesOf(path: string): AsyncGenerator<{ text: string; line: number }> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of reader) yield { text, line: ++line };
  } catch {
    throw new CliError(`Cannot read ${path}.`);
  } finally {
    reader.close();
    stream.destroy();
  }
}

/**
 * The lines of a JSON Lines file, each checked against `schema`, with its line number; a
 * bad line is an error naming it, and `nothing` says what was not saved ("no coding was
 * saved"). The file is streamed; with a `limit`, it is streamed twice: first only counted,
 * so that a file over the limit is refused at once (before any line is checked), then parsed.
 */
export async function readJsonlLines<S extends z.ZodType>(
  path: string,
  schema: S,
  nothing: string,
  limit?: { readonly max: number; readonly tooMany: (count: number) => string },
): Promise<{ line: number; value: z.output<S> }[]> {
  if (limit) {
    let count = 0;
    for await (const { text } of linesOf(path)) if (text.trim().length > 0) count++;
    if (count > limit.max) throw new CliError(limit.tooMany(count));
  }
  const lines: { line: number; value: z.output<S> }[] = [];
  for await (const { text, line } of linesOf(path)) {
    if (text.trim().length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new CliError(`Line ${line}: not valid JSON; ${nothing}.`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const detail = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`,
      );
      throw new CliError(`Line ${line}: ${detail.join('; ')}; ${nothing}.`);
    }
    lines.push({ line, value: parsed.data });
  }
  return lines;
}

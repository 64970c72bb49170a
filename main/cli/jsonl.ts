import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { CliError } from './output.ts';

/**
 * The lines of a JSON Lines file, each checked against `schema`, with its line number; a
 * bad line is an error naming it, and `nothing` says what was not saved ("no coding was saved").
 */
export function readJsonlLines<S extends z.ZodType>(
  path: string,
  schema: S,
  nothing: string,
  limit?: { readonly max: number; readonly tooMany: (count: number) => string },
): { line: number; value: z.output<S> }[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`Cannot read ${path}.`);
  }
  const texts = content.split(/\r?\n/u);
  // The limit first: a file too large is refused at once, not after every line is checked.
  if (limit) {
    const count = texts.reduce((sum, text) => sum + (text.trim().length === 0 ? 0 : 1), 0);
    if (count > limit.max) throw new CliError(limit.tooMany(count));
  }
  const lines: { line: number; value: z.output<S> }[] = [];
  texts.forEach((text, index) => {
    if (text.trim().length === 0) return;
    const line = index + 1;
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
  });
  return lines;
}

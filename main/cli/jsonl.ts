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
): { line: number; value: z.output<S> }[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`Cannot read ${path}.`);
  }
  const lines: { line: number; value: z.output<S> }[] = [];
  content.split(/\r?\n/u).forEach((text, index) => {
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

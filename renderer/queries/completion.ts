import { formatCodeName, QUERY_KEYWORDS } from '../../app/queries/ast.ts';
import { foldCodeName } from '../../app/queries/names.ts';

/** The code name being typed at the end of an expression: after the last space, ( or open quote. */
export function partialName(expression: string): { readonly start: number; readonly text: string } {
  const quotes = (expression.match(/"/gu) ?? []).length;
  if (quotes % 2 === 1) {
    const start = expression.lastIndexOf('"');
    return { start, text: expression.slice(start + 1) };
  }
  const match = /[^\s()"]*$/u.exec(expression);
  const text = match?.[0] ?? '';
  return { start: expression.length - text.length, text };
}

/** Code names that complete the name being typed (case and accents ignored), at most `limit`. */
export function completions(expression: string, names: readonly string[], limit = 8): string[] {
  const { text } = partialName(expression);
  if (text.trim() === '' || QUERY_KEYWORDS.has(text.toUpperCase()) || /^\d+$/u.test(text)) return [];
  const wanted = foldCodeName(text);
  const starting = names.filter((name) => foldCodeName(name).startsWith(wanted));
  const containing = names.filter((name) => !starting.includes(name) && foldCodeName(name).includes(wanted));
  return [...starting, ...containing].slice(0, limit);
}

/** The expression with the name being typed replaced by `name`, quoted when it must be. */
export function complete(expression: string, name: string): string {
  const { start } = partialName(expression);
  return `${expression.slice(0, start)}${formatCodeName(name)} `;
}

export type BuilderOperator =
  'AND' | 'OR' | 'NOT' | 'OVERLAPPING' | 'INSIDE' | 'OUTSIDE' | 'FOLLOWED BY' | 'NEAR';
export const BUILDER_OPERATORS: readonly BuilderOperator[] = [
  'AND',
  'OR',
  'NOT',
  'OVERLAPPING',
  'INSIDE',
  'OUTSIDE',
  'FOLLOWED BY',
  'NEAR',
];

export interface BuilderStep {
  /** Null: the current expression, in parentheses. */
  readonly left: string | null;
  readonly operator: BuilderOperator;
  readonly right: string;
  readonly within: number | null;
  readonly unit: 'CHARACTERS' | 'TURNS';
}

/** The expression the builder makes: the same text a researcher could type. */
export function buildExpression(current: string, step: BuilderStep): string {
  const left =
    step.left === null ? (current.trim() === '' ? '' : `(${current.trim()})`) : formatCodeName(step.left);
  const right = formatCodeName(step.right);
  let text = `${left} ${step.operator} ${right}`.trim();
  if (step.operator === 'NEAR') text += ` WITHIN ${step.within ?? 0}`;
  if (step.operator === 'FOLLOWED BY' && step.within !== null) text += ` WITHIN ${step.within} ${step.unit}`;
  return text;
}

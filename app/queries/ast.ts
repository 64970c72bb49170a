/**
 * A coding query (docs/ANALYSIS.md, "Coding queries"): codes combined with set operators
 * (AND, OR, NOT) and the positional operators of MAXQDA's Complex Coding Query. No zod, no
 * database: the parser builds it, the evaluator reads it.
 */
export type PositionalOperator = 'OVERLAPPING' | 'INSIDE' | 'OUTSIDE';
export type DistanceUnit = 'CHARACTERS' | 'TURNS';

export type QueryNode =
  | { readonly kind: 'code'; readonly name: string; readonly position: number }
  | { readonly kind: 'and' | 'or' | 'not'; readonly left: QueryNode; readonly right: QueryNode }
  | {
      readonly kind: 'positional';
      readonly op: PositionalOperator;
      readonly left: QueryNode;
      readonly right: QueryNode;
    }
  | {
      readonly kind: 'followedBy';
      readonly left: QueryNode;
      readonly right: QueryNode;
      /** Null: no limit. */
      readonly within: number | null;
      readonly unit: DistanceUnit;
    }
  | { readonly kind: 'near'; readonly left: QueryNode; readonly right: QueryNode; readonly within: number };

/** The code names an expression mentions, in order of appearance (each once). */
export function queryCodeNames(node: QueryNode): string[] {
  if (node.kind === 'code') return [node.name];
  return [...new Set([...queryCodeNames(node.left), ...queryCodeNames(node.right)])];
}

const QUOTE_NEEDED = /[^\p{L}\p{N}_\-'’.]/u;
/** The words of the language; a code with one of these names is quoted. */
export const QUERY_KEYWORDS: ReadonlySet<string> = new Set([
  'AND',
  'OR',
  'NOT',
  'OVERLAPPING',
  'INSIDE',
  'OUTSIDE',
  'FOLLOWED',
  'BY',
  'NEAR',
  'WITHIN',
]);

/** A code name as written in an expression: bare when it is one plain word, quoted otherwise. */
export function formatCodeName(name: string): string {
  const bare =
    name.length > 0 &&
    !QUOTE_NEEDED.test(name) &&
    !QUERY_KEYWORDS.has(name.toUpperCase()) &&
    !/^\d+$/u.test(name);
  return bare ? name : `"${name.replace(/["\\]/gu, (char) => `\\${char}`)}"`;
}

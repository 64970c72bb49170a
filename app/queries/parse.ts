import { QUERY_KEYWORDS, type DistanceUnit, type QueryNode } from './ast.ts';

/**
 * The parser of coding queries (grammar in docs/ANALYSIS.md). Precedence, loosest first:
 * OR, AND, NOT, then the positional operators (OVERLAPPING, INSIDE, OUTSIDE, FOLLOWED BY,
 * NEAR); operators of one level associate to the left; parentheses group. Keywords are
 * case-insensitive; a code name is one bare word or a quoted string ("triple journée").
 */

/** What is wrong with a query, as a key the interface translates (errorMessages.<key>). */
export type QueryProblemKey =
  | 'queryQuoteUnclosed'
  | 'queryEmptyName'
  | 'queryExpectedKeyword'
  | 'queryExpectedKeywordAtEnd'
  | 'queryExpectedNumber'
  | 'queryExpectedNumberAtEnd'
  | 'queryDistanceTooLarge'
  | 'queryCloseExpected'
  | 'queryCloseExpectedAtEnd'
  | 'queryUnmatchedClose'
  | 'queryExpectedName'
  | 'queryExpectedNameAtEnd'
  | 'queryNearTurns'
  | 'queryEmpty'
  | 'queryExpectedOperator';

/**
 * A query that does not parse; `position` is the 1-based character where it goes wrong.
 * `params` name what was found (`found`, the token's text), for the translated message; a
 * query that ended where something was expected has a key of its own (…AtEnd).
 */
export class QueryParseError extends Error {
  readonly position: number;
  readonly key: QueryProblemKey;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(
    message: string,
    position: number,
    key: QueryProblemKey,
    params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${message} (at position ${position})`);
    this.name = 'QueryParseError';
    this.position = position;
    this.key = key;
    this.params = { ...params, position };
  }
}

type FoundKey = 'queryExpectedKeyword' | 'queryExpectedNumber' | 'queryCloseExpected' | 'queryExpectedName';

/** The problem of finding `token` where something else was expected: its text, or the end. */
function foundInstead<K extends FoundKey>(
  key: K,
  token: Token,
  params: Readonly<Record<string, string | number>> = {},
): { key: K | `${K}AtEnd`; params: Record<string, string | number> } {
  return token.kind === 'end'
    ? { key: `${key}AtEnd`, params: { ...params } }
    : { key, params: { ...params, found: token.text } };
}

/** Throws the parse error of finding `token` where something else was expected. */
function unexpected(
  message: string,
  token: Token,
  key: FoundKey,
  params?: Readonly<Record<string, string | number>>,
): never {
  const problem = foundInstead(key, token, params);
  throw new QueryParseError(message, token.position, problem.key, problem.params);
}

interface Token {
  readonly kind: 'word' | 'quoted' | 'open' | 'close' | 'end';
  readonly text: string;
  /** 1-based. */
  readonly position: number;
}

const UNITS: Readonly<Record<string, DistanceUnit>> = {
  CHARACTERS: 'CHARACTERS',
  CHARACTER: 'CHARACTERS',
  CHARS: 'CHARACTERS',
  TURNS: 'TURNS',
  TURN: 'TURNS',
};
const MAX_DISTANCE = 10_000_000;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (/\s/u.test(char)) {
      i += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close', text: char, position: i + 1 });
      i += 1;
    } else if (char === '"' || char === '“' || char === '«') {
      const close = char === '"' ? '"' : char === '“' ? '”' : '»';
      const start = i;
      let name = '';
      i += 1;
      while (i < text.length && text[i] !== close) {
        if (text[i] === '\\' && i + 1 < text.length) i += 1;
        name += text[i];
        i += 1;
      }
      if (i >= text.length)
        throw new QueryParseError(
          `The quote opened here is never closed: add ${close}`,
          start + 1,
          'queryQuoteUnclosed',
          { close },
        );
      i += 1;
      if (name.trim() === '') throw new QueryParseError('An empty code name', start + 1, 'queryEmptyName');
      tokens.push({ kind: 'quoted', text: name.trim(), position: start + 1 });
    } else {
      const start = i;
      while (i < text.length && !/[\s()"“«]/u.test(text[i] as string)) i += 1;
      tokens.push({ kind: 'word', text: text.slice(start, i), position: start + 1 });
    }
  }
  tokens.push({ kind: 'end', text: '', position: text.length + 1 });
  return tokens;
}

function isKeyword(token: Token, keyword?: string): boolean {
  if (token.kind !== 'word') return false;
  const upper = token.text.toUpperCase();
  return keyword === undefined ? QUERY_KEYWORDS.has(upper) : upper === keyword;
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the query' : `"${token.text}"`;
}

/** Parses a query; throws QueryParseError with the position of the first mistake. */
export function parseQuery(text: string): QueryNode {
  const tokens = tokenize(text);
  let index = 0;
  const peek = (): Token => tokens[index] as Token;
  const next = (): Token => tokens[index++] as Token;

  const expectKeyword = (keyword: string): void => {
    const token = next();
    if (!isKeyword(token, keyword))
      unexpected(`Expected ${keyword} but found ${describe(token)}`, token, 'queryExpectedKeyword', {
        keyword,
      });
  };
  const distance = (): number => {
    const token = next();
    if (token.kind !== 'word' || !/^\d+$/u.test(token.text))
      unexpected(
        `Expected a whole number after WITHIN but found ${describe(token)}`,
        token,
        'queryExpectedNumber',
      );
    const value = Number(token.text);
    if (value > MAX_DISTANCE)
      throw new QueryParseError(
        `The distance ${token.text} is too large`,
        token.position,
        'queryDistanceTooLarge',
        {
          distance: token.text,
          most: MAX_DISTANCE,
        },
      );
    return value;
  };
  const unit = (): DistanceUnit | null => {
    const token = peek();
    const found = token.kind === 'word' ? UNITS[token.text.toUpperCase()] : undefined;
    if (found === undefined) return null;
    index += 1;
    return found;
  };

  const primary = (): QueryNode => {
    const token = next();
    if (token.kind === 'open') {
      const inner = or();
      const close = next();
      if (close.kind !== 'close')
        unexpected(
          `Expected ) to close the ( at position ${token.position} but found ${describe(close)}`,
          close,
          'queryCloseExpected',
          { open: token.position },
        );
      return inner;
    }
    if (token.kind === 'quoted') return { kind: 'code', name: token.text, position: token.position };
    if (token.kind === 'word' && !isKeyword(token))
      return { kind: 'code', name: token.text, position: token.position };
    if (token.kind === 'close')
      throw new QueryParseError('A ) without its (', token.position, 'queryUnmatchedClose');
    return unexpected(`Expected a code name or ( but found ${describe(token)}`, token, 'queryExpectedName');
  };

  const positional = (): QueryNode => {
    let left = primary();
    for (;;) {
      const token = peek();
      if (isKeyword(token, 'OVERLAPPING') || isKeyword(token, 'INSIDE') || isKeyword(token, 'OUTSIDE')) {
        index += 1;
        const op = token.text.toUpperCase() as 'OVERLAPPING' | 'INSIDE' | 'OUTSIDE';
        left = { kind: 'positional', op, left, right: primary() };
      } else if (isKeyword(token, 'FOLLOWED')) {
        index += 1;
        expectKeyword('BY');
        const right = primary();
        let within: number | null = null;
        let byUnit: DistanceUnit = 'CHARACTERS';
        if (isKeyword(peek(), 'WITHIN')) {
          index += 1;
          within = distance();
          byUnit = unit() ?? 'CHARACTERS';
        }
        left = { kind: 'followedBy', left, right, within, unit: byUnit };
      } else if (isKeyword(token, 'NEAR')) {
        index += 1;
        const right = primary();
        expectKeyword('WITHIN');
        const within = distance();
        const found = unit();
        if (found === 'TURNS')
          throw new QueryParseError(
            'NEAR counts characters, not turns',
            tokens[index - 1]?.position ?? 1,
            'queryNearTurns',
          );
        left = { kind: 'near', left, right, within };
      } else {
        return left;
      }
    }
  };

  const level = (keyword: 'NOT' | 'AND' | 'OR', operand: () => QueryNode) => (): QueryNode => {
    let left = operand();
    while (isKeyword(peek(), keyword)) {
      index += 1;
      const kind = keyword === 'NOT' ? 'not' : keyword === 'AND' ? 'and' : 'or';
      left = { kind, left, right: operand() };
    }
    return left;
  };
  const not = level('NOT', positional);
  const and = level('AND', not);
  const or: () => QueryNode = level('OR', and);

  if (peek().kind === 'end')
    throw new QueryParseError('The query is empty: write a code name', 1, 'queryEmpty');
  const tree = or();
  const rest = peek();
  if (rest.kind !== 'end') {
    const hint =
      rest.kind === 'word' && !isKeyword(rest)
        ? ': quote a code name with spaces ("triple journée") or join codes with AND, OR, NOT…'
        : '';
    throw new QueryParseError(
      `Expected an operator but found ${describe(rest)}${hint}`,
      rest.position,
      'queryExpectedOperator',
      { found: rest.text },
    );
  }
  return tree;
}

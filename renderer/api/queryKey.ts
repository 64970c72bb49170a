/**
 * JSON with object keys sorted, so `{ a: 1, b: 2 }` and `{ b: 2, a: 1 }` name the same query.
 * `undefined` fields are left out, as JSON.stringify (and the wire) does.
 */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const fields = Object.entries(value as Record<string, unknown>)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, field]) => `${JSON.stringify(name)}:${stableJson(field)}`);
  return `{${fields.join(',')}}`;
}

/** The cache key of one read: the operation's name and its input. */
export function queryKey(name: string, input: unknown): string {
  return `${name} ${stableJson(input)}`;
}

import { FIXED_SCOPES, type FixedScope } from './enums.ts';

/**
 * A co-occurrence scope, parsed from its name ('overlap', 'segment', 'document' or
 * 'near:N', N characters apart; definitions in docs/ANALYSIS.md). The contract's schema, the
 * CLI and the analysis read a scope with this one parser. No zod here.
 */
export type Scope =
  | { readonly kind: 'overlap' }
  | { readonly kind: 'near'; readonly distance: number }
  | { readonly kind: 'segment' }
  | { readonly kind: 'document' };

const NEAR = /^near:(\d{1,7})$/u;

export function parseScope(text: string): Scope | null {
  if ((FIXED_SCOPES as readonly string[]).includes(text)) return { kind: text as FixedScope };
  const near = NEAR.exec(text);
  return near ? { kind: 'near', distance: Number(near[1]) } : null;
}

export function scopeName(scope: Scope): string {
  return scope.kind === 'near' ? `near:${scope.distance}` : scope.kind;
}

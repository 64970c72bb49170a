import type { OperationName, OutputOf, ParsedInputOf } from '../contract/api.ts';
import type { ProjectSession } from '../session.ts';

export type Handler<N extends OperationName> = (
  input: ParsedInputOf<N>,
  session: ProjectSession,
) => OutputOf<N> | Promise<OutputOf<N>>;

export type HandlerGroup = { readonly [N in OperationName]?: Handler<N> };
export type HandlerTable = { readonly [N in OperationName]: Handler<N> };

/**
 * Joins the per-domain handler groups into one table. A name defined twice is a
 * programming error and fails at start-up.
 */
export function combineHandlers(...groups: readonly HandlerGroup[]): HandlerGroup {
  const table: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (name in table) throw new Error(`Handler for ${name} is defined twice`);
      table[name] = handler;
    }
  }
  return table as HandlerGroup;
}

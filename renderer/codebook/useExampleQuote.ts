import { useQuery } from '../api/useQuery.ts';

/**
 * The quote of a code's anchor example, read when shown. A failure (the coding was deleted
 * meanwhile) just leaves the example out: a preview is no place for an error.
 */
export function useExampleQuote(codingId: number | null): string | null {
  const context = useQuery('codings/context', codingId === null ? null : { codingId, chars: 1 });
  return context.error === null ? (context.data?.quote ?? null) : null;
}

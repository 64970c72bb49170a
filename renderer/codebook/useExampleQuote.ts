import { useEffect, useState } from 'react';
import { call } from '../api/client.ts';

/**
 * The quote of a code's anchor example, read when shown. A failure (the coding was deleted
 * meanwhile) just leaves the example out: a preview is no place for an error.
 */
export function useExampleQuote(codingId: number | null): string | null {
  const [loaded, setLoaded] = useState<{ id: number; quote: string } | null>(null);
  useEffect(() => {
    if (codingId === null) return;
    let current = true;
    call('codings/context', { codingId, chars: 1 })
      .then((context) => current && setLoaded({ id: codingId, quote: context.quote }))
      .catch(() => current && setLoaded(null));
    return () => {
      current = false;
    };
  }, [codingId]);
  return codingId !== null && loaded?.id === codingId ? loaded.quote : null;
}

import { useEffect, useState } from 'react';
import type { Excerpt } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';

/** The excerpts of one code (null while loading), for choosing an example or a split. */
export function useCodeExcerpts(
  codeId: number,
  onError: (error: unknown) => void,
): readonly Excerpt[] | null {
  const [loaded, setLoaded] = useState<{ codeId: number; excerpts: readonly Excerpt[] } | null>(null);
  useEffect(() => {
    let current = true;
    call('codings/excerptsOfCode', { codeId })
      .then((excerpts) => current && setLoaded({ codeId, excerpts }))
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [codeId, onError]);
  return loaded?.codeId === codeId ? loaded.excerpts : null;
}

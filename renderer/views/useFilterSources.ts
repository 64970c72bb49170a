import { useEffect, useState } from 'react';
import type { CasesTable, NamedSet } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';

export interface FilterSources {
  readonly sets: readonly NamedSet[];
  readonly cases: CasesTable;
}

const EMPTY: FilterSources = { sets: [], cases: { attributes: [], cases: [] } };

/** Document sets and case attributes, the choices of the analysis filters. */
export function useFilterSources(revision: number, onError: (error: unknown) => void): FilterSources {
  const [sources, setSources] = useState<FilterSources>(EMPTY);
  useEffect(() => {
    let current = true;
    Promise.all([call('sets/list', { kind: 'document' }), call('cases/list', {})])
      .then(([sets, cases]) => current && setSources({ sets, cases }))
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [revision, onError]);
  return sources;
}

import { useMemo } from 'react';
import type { CasesTable, NamedSet } from '../../app/contract/index.ts';
import { useQuery } from '../api/useQuery.ts';

export interface FilterSources {
  readonly sets: readonly NamedSet[];
  readonly cases: CasesTable;
}

const NO_SETS: readonly NamedSet[] = [];
const NO_CASES: CasesTable = { attributes: [], cases: [] };

/** Document sets and case attributes, the choices of the analysis filters. */
export function useFilterSources(onError: (error: unknown) => void): FilterSources {
  const sets = useQuery('sets/list', { kind: 'document' }, onError).data ?? NO_SETS;
  const cases = useQuery('cases/list', {}, onError).data ?? NO_CASES;
  return useMemo(() => ({ sets, cases }), [sets, cases]);
}

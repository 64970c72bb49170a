import { useMemo, useState } from 'react';
import type { CooccurrenceResult, FixedScope } from '../../app/contract/index.ts';
import { useDebouncedValue } from '../api/useDebouncedValue.ts';
import { useQuery } from '../api/useQuery.ts';
import { NO_FILTER, toAnalysisFilters, type FilterChoice } from '../views/analysisFilters.ts';
import { useFilterSources } from '../views/useFilterSources.ts';

export type ScopeKind = FixedScope | 'near';

/**
 * The state every co-occurrence view shares (heatmap, network): the scope, the "near"
 * distance, the filters and their sources, and the answer of `analysis/cooccurrence`. The
 * distance is sent once typing stops, not at each keystroke.
 */
export function useCooccurrence(onError: (error: unknown) => void) {
  const [scopeKind, setScopeKind] = useState<ScopeKind>('overlap');
  const [near, setNear] = useState(200);
  const [filters, setFilters] = useState<FilterChoice>(NO_FILTER);
  const sources = useFilterSources(onError);
  const settledNear = useDebouncedValue(near);
  const scope = scopeKind === 'near' ? `near:${settledNear}` : scopeKind;
  const contractFilters = useMemo(() => toAnalysisFilters(filters), [filters]);
  const result: CooccurrenceResult | null =
    useQuery('analysis/cooccurrence', { scope, filters: contractFilters }, onError, { keepPrevious: true })
      .data ?? null;
  return {
    scopeKind,
    setScopeKind,
    near,
    setNear,
    scope,
    filters,
    setFilters,
    contractFilters,
    sources,
    result,
  };
}

import type { Excerpt } from '../../app/contract/index.ts';
import { useQuery } from '../api/useQuery.ts';

/** The excerpts of one code (null while loading), for choosing an example or a split. */
export function useCodeExcerpts(
  codeId: number,
  onError: (error: unknown) => void,
): readonly Excerpt[] | null {
  return useQuery('codings/excerptsOfCode', { codeId }, onError).data ?? null;
}

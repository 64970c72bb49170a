import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisFilters, Excerpt } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { ExcerptList } from '../analysis/ExcerptList.tsx';
import { scrollToTopInPane } from '../ui/scrollIntoPane.ts';

export interface MatrixCellChoice {
  readonly codeId: number;
  readonly codeIds: readonly number[];
  readonly codeName: string;
  readonly column: number;
  readonly columnLabel: string;
  readonly documentIds: readonly number[];
}

interface Props {
  readonly cell: MatrixCellChoice;
  readonly filters: AnalysisFilters;
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

/** The excerpts behind one cell: the codings of its code (or subtree) in the column's documents. */
export function MatrixDrill({ cell, filters, onOpen, onError }: Props) {
  const { t } = useTranslation();
  // The excerpts with the cell they belong to: another cell's are not shown while loading.
  const [loaded, setLoaded] = useState<{ cell: MatrixCellChoice; excerpts: readonly Excerpt[] } | null>(null);
  const excerpts = loaded?.cell === cell ? loaded.excerpts : null;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    let live = true;
    const documentIds = [...cell.documentIds];
    Promise.all(
      cell.codeIds.map((codeId) =>
        documentIds.length === 0
          ? Promise.resolve([] as readonly Excerpt[])
          : call('codings/excerptsOfCode', {
              codeId,
              documentIds,
              ...(filters.coders ? { coders: [...filters.coders] } : {}),
              ...(filters.speakers ? { speakers: [...filters.speakers] } : {}),
            }),
      ),
    ).then(
      (lists) => {
        if (!live) return;
        // A coding belongs to one code: the subtree's lists never repeat an excerpt.
        const sorted = lists.flat().sort((a, b) => a.documentId - b.documentId || a.start - b.start);
        setLoaded({ cell, excerpts: sorted });
      },
      (error: unknown) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [cell, filters, onError]);
  useEffect(() => {
    if (excerpts !== null && ref.current) scrollToTopInPane(ref.current);
  }, [excerpts]);
  const heading = t('matrices.drillHeading', { code: cell.codeName, column: cell.columnLabel });
  return (
    <section ref={ref} className="drilldown" aria-label={heading}>
      <h3>{heading}</h3>
      <ExcerptList excerpts={excerpts} empty={t('matrices.noExcerpts')} onOpen={onOpen} />
    </section>
  );
}

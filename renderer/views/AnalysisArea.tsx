import type { Code, Excerpt } from '../../app/contract/index.ts';
import { useDomainVersion } from '../api/useQuery.ts';
import { AgreementView } from '../agreement/AgreementView.tsx';
import { CasesView } from '../cases/CasesView.tsx';
import { HeatmapView } from '../heatmap/HeatmapView.tsx';
import { MatrixView } from '../matrices/MatrixView.tsx';
import { SearchView } from '../search/SearchView.tsx';
import type { CentreView } from './CentreTabs.tsx';

interface Props {
  readonly view: Exclude<CentreView, 'transcript'>;
  readonly codes: readonly Code[];
  readonly onOpen: (excerpt: Pick<Excerpt, 'documentId' | 'start' | 'end'>) => void;
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

/** The analysis views of the centre column; each reloads when a domain it reads changes. */
export function AnalysisArea({ view, codes, onOpen, onChanged, onError }: Props) {
  // The agreement view still reads by hand: an effect keyed on the domains it reads.
  const revision = useDomainVersion('agreement', 'coders', 'codes', 'codings', 'project');
  switch (view) {
    case 'cases':
      return <CasesView onChanged={onChanged} onError={onError} />;
    case 'heatmap':
      return <HeatmapView onOpen={onOpen} onError={onError} />;
    case 'matrices':
      return <MatrixView onError={onError} />;
    case 'agreement':
      return <AgreementView revision={revision} onChanged={onChanged} onError={onError} />;
    case 'search':
      return <SearchView codes={codes} onOpen={onOpen} onChanged={onChanged} onError={onError} />;
  }
}

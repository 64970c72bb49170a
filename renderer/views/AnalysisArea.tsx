import type { Code, Excerpt } from '../../app/contract/index.ts';
import { AgreementView } from '../agreement/AgreementView.tsx';
import { CasesView } from '../cases/CasesView.tsx';
import { HeatmapView } from '../heatmap/HeatmapView.tsx';
import { MatrixView } from '../matrices/MatrixView.tsx';
import { QueryView } from '../queries/QueryView.tsx';
import { AttributeChartView } from '../network/AttributeChartView.tsx';
import { NetworkView } from '../network/NetworkView.tsx';
import { SearchView } from '../search/SearchView.tsx';
import { WordsView } from '../words/WordsView.tsx';
import { SummaryGridView } from '../summaryGrid/SummaryGridView.tsx';
import type { CentreView } from './CentreTabs.tsx';

interface Props {
  readonly view: Exclude<CentreView, 'transcript'>;
  readonly codes: readonly Code[];
  readonly onOpen: (excerpt: Pick<Excerpt, 'documentId' | 'start' | 'end'>) => void;
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

/** The analysis views of the centre column; each reads through useQuery, so it follows the project. */
export function AnalysisArea({ view, codes, onOpen, onChanged, onError }: Props) {
  switch (view) {
    case 'cases':
      return <CasesView onChanged={onChanged} onError={onError} />;
    case 'heatmap':
      return <HeatmapView onOpen={onOpen} onError={onError} />;
    case 'matrices':
      return <MatrixView onOpen={onOpen} onError={onError} />;
    case 'agreement':
      return <AgreementView onError={onError} />;
    case 'summaryGrid':
      return <SummaryGridView onOpen={onOpen} onError={onError} />;
    case 'search':
      return <SearchView codes={codes} onOpen={onOpen} onChanged={onChanged} onError={onError} />;
    case 'query':
      return <QueryView codes={codes} onOpen={onOpen} onError={onError} />;
    case 'words':
      return <WordsView codes={codes} onOpen={onOpen} onChanged={onChanged} onError={onError} />;
    case 'network':
      return <NetworkView onOpen={onOpen} onError={onError} />;
    case 'comparison':
      return <AttributeChartView onOpen={onOpen} onError={onError} />;
  }
}

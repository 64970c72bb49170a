import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Excerpt } from '../../app/contract/index.ts';
import { CooccurrencePanel } from '../analysis/CooccurrencePanel.tsx';
import { ExcerptsPanel } from '../analysis/ExcerptsPanel.tsx';
import { ExportButtons } from '../analysis/ExportButtons.tsx';
import { HistoryPanel } from '../history/HistoryPanel.tsx';

type Tab = 'excerpts' | 'cooccurrence' | 'history';

interface Props {
  readonly selectedCode: Code | null;
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

/** Excerpts of the selected code, co-occurrence, and export. */
export const RightPanel = memo(function RightPanel({ selectedCode, onOpen, onError }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('excerpts');
  const [shownCodeId, setShownCodeId] = useState<number | null>(null);
  // Selecting another code shows its excerpts (adjusting state during render, not in an effect).
  if ((selectedCode?.id ?? null) !== shownCodeId) {
    setShownCodeId(selectedCode?.id ?? null);
    if (selectedCode) setTab('excerpts');
  }
  const tabs: { id: Tab; label: string }[] = [
    { id: 'excerpts', label: t('excerpts.tab') },
    { id: 'cooccurrence', label: t('cooccurrence.tab') },
    { id: 'history', label: t('history.tab') },
  ];
  return (
    <aside className="right-panel" aria-label={t('excerpts.tab')}>
      <div className="tabs" role="tablist">
        {tabs.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            id={`tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`tabpanel-${item.id}`}
            className={`tabs__tab${tab === item.id ? ' tabs__tab--active' : ''}`}
            onClick={() => setTab(item.id)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div
        className="right-panel__content"
        role="tabpanel"
        // Focusable, as tab panels are: its list may scroll with nothing focusable in it (history).
        tabIndex={0}
        id={`tabpanel-${tab}`}
        aria-labelledby={`tab-${tab}`}
      >
        {tab === 'excerpts' ? (
          <ExcerptsPanel code={selectedCode} onOpen={onOpen} onError={onError} />
        ) : tab === 'history' ? (
          <HistoryPanel onError={onError} />
        ) : (
          <CooccurrencePanel onOpen={onOpen} onError={onError} />
        )}
      </div>
      <ExportButtons selectedCode={selectedCode} onError={onError} />
    </aside>
  );
});

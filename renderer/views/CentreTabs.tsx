import { useTranslation } from 'react-i18next';

export const CENTRE_VIEWS = [
  'transcript',
  'cases',
  'heatmap',
  'matrices',
  'search',
  'agreement',
  'query',
  'words',
  'network',
  'comparison',
  'summaryGrid',
] as const;
export type CentreView = (typeof CENTRE_VIEWS)[number];

interface Props {
  readonly view: CentreView;
  readonly onView: (view: CentreView) => void;
}

/**
 * What the centre of the workspace shows: the transcript being coded, or one of the
 * analysis views. Arrow keys move between tabs, as in any tab list.
 */
export function CentreTabs({ view, onView }: Props) {
  const { t } = useTranslation();
  const move = (step: number): void => {
    const index = CENTRE_VIEWS.indexOf(view);
    const next = CENTRE_VIEWS[(index + step + CENTRE_VIEWS.length) % CENTRE_VIEWS.length];
    if (next) {
      onView(next);
      document.getElementById(`centre-tab-${next}`)?.focus();
    }
  };
  return (
    <div
      className="tabs centre-tabs"
      role="tablist"
      aria-label={t('views.label')}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight') move(1);
        if (event.key === 'ArrowLeft') move(-1);
      }}
    >
      {CENTRE_VIEWS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`centre-tab-${id}`}
          aria-selected={view === id}
          tabIndex={view === id ? 0 : -1}
          className={`tabs__tab${view === id ? ' tabs__tab--active' : ''}`}
          onClick={() => onView(id)}
        >
          {t(`views.${id}`)}
        </button>
      ))}
    </div>
  );
}

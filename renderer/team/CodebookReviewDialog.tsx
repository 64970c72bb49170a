import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { ProposalsTab } from './ProposalsTab.tsx';
import { VersionsTab } from './VersionsTab.tsx';

interface Props {
  readonly revision: number;
  readonly onChanged: () => void;
  readonly onClose: () => void;
}

/** Codebook review for the team lead: frozen versions with their changes, and proposals. */
export function CodebookReviewDialog({ revision, onChanged, onClose }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'versions' | 'proposals'>('versions');
  const [error, setError] = useState<unknown>(null);
  // The dialog's own writes re-read its lists even before the workspace does.
  const [local, setLocal] = useState(0);
  const changed = (): void => {
    setLocal((value) => value + 1);
    onChanged();
  };
  return (
    <Dialog title={t('review.title')} onClose={onClose} className="import-dialog">
      <ErrorNotice error={error} />
      <div className="tabs" role="tablist">
        {(['versions', 'proposals'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={`tabs__tab${tab === id ? ' tabs__tab--active' : ''}`}
            onClick={() => setTab(id)}
          >
            {t(`review.tabs.${id}`)}
          </button>
        ))}
      </div>
      {tab === 'versions' ? (
        <VersionsTab revision={revision + local} onError={setError} />
      ) : (
        <ProposalsTab revision={revision + local} onChanged={changed} onError={setError} />
      )}
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </Dialog>
  );
}

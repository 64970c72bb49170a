import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { ProposalsTab } from './ProposalsTab.tsx';
import { VersionsTab } from './VersionsTab.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';

interface Props {
  readonly onClose: () => void;
  /** The tab shown first (the Team panel opens the proposals its sync created). */
  readonly initialTab?: 'versions' | 'proposals';
}

/** Codebook review for the team lead: frozen versions with their changes, and proposals. */
export function CodebookReviewDialog({ onClose, initialTab = 'versions' }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'versions' | 'proposals'>(initialTab);
  const [error, setError] = useState<unknown>(null);
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
      {tab === 'versions' ? <VersionsTab onError={setError} /> : <ProposalsTab onError={setError} />}
      <DialogButtons onCancel={onClose} dismissLabel={t('app.close')} />
    </Dialog>
  );
}

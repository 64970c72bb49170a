import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../app/contract/index.ts';
import { RestoreBackupDialog } from './RestoreBackupDialog.tsx';
import { SaveCopyDialog } from './SaveCopyDialog.tsx';

interface Props {
  readonly onRestored: (project: ProjectInfo) => void;
}

/** The top bar's "Save a copy…" and "Backups…" buttons, each opening its dialog. */
export function ProjectFileButtons({ onRestored }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'copy' | 'restore' | null>(null);
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => setOpen('copy')}>
        {t('backups.saveCopyButton')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setOpen('restore')}>
        {t('backups.restoreButton')}
      </button>
      {open === 'copy' && <SaveCopyDialog onClose={() => setOpen(null)} />}
      {open === 'restore' && (
        <RestoreBackupDialog
          onClose={() => setOpen(null)}
          onRestored={(project) => {
            setOpen(null);
            onRestored(project);
          }}
        />
      )}
    </>
  );
}

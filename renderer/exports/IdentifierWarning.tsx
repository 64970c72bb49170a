import { useTranslation } from 'react-i18next';
import type { FindingGroup } from '../../app/contract/index.ts';

interface Props {
  readonly found: readonly FindingGroup[];
  readonly onCancel: () => void;
  readonly onExportAnyway: () => void;
}

/** Likely identifiers found by the scan before an export: the researcher decides. */
export function IdentifierWarning({ found, onCancel, onExportAnyway }: Props) {
  const { t } = useTranslation();
  return (
    <div className="export__warning" role="alert">
      <p>
        {t('identifiers.beforeExport', {
          count: found.length,
          list: found
            .slice(0, 5)
            .map((group) => group.text)
            .join(', '),
        })}
      </p>
      <div className="export__warning-buttons">
        <button type="button" className="button" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        {/* Focus moves here: the Export button that was pressed is now disabled. */}
        <button type="button" className="button export__anyway" onClick={onExportAnyway} autoFocus>
          {t('identifiers.exportAnyway')}
        </button>
      </div>
    </div>
  );
}

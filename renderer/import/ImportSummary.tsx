import { useTranslation } from 'react-i18next';
import type { ImportBatchReport, ImportFailure } from '../../app/contract/index.ts';
import { reportedMessage } from '../ui/messageOf.ts';

interface Props {
  readonly report: ImportBatchReport | null;
  readonly cancelled: boolean;
  readonly unreadable: readonly ImportFailure[];
}

/** The reason, after the file's name unless it already starts with it. */
function withFileName(file: string, message: string): string {
  return message.startsWith(file) ? message : `${file}: ${message}`;
}

function FailureList({
  items,
  className,
}: {
  readonly items: readonly ImportFailure[];
  readonly className: string;
}) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.file} data-file={item.file}>
          {withFileName(item.file, reportedMessage(item))}
        </li>
      ))}
    </ul>
  );
}

/** One summary for the whole batch: imported, skipped with the reason, failed with the reason. */
export function ImportSummary({ report, cancelled, unreadable }: Props) {
  const { t } = useTranslation();
  if (cancelled || !report) {
    return (
      <p className="import-summary" role="status">
        {t('importing.cancelled')}
      </p>
    );
  }
  const failed = [...report.failed, ...unreadable];
  return (
    <div className="import-summary" role="status" aria-label={t('documents.reportHeading')}>
      <p className="import-report__ok">{t('documents.imported', { count: report.imported.length })}</p>
      {report.skipped.length > 0 && (
        <>
          <p>{t('importing.skipped', { count: report.skipped.length })}</p>
          <FailureList items={report.skipped} className="import-report__failures" />
        </>
      )}
      {failed.length > 0 && (
        <>
          <p className="import-report__failed-title">{t('documents.failed', { count: failed.length })}</p>
          <FailureList items={failed} className="import-report__failures" />
        </>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeImportReport, MergeCounts } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { fileToBase64 } from '../workspace/readFiles.ts';
import { CloseFooter } from './CloseFooter.tsx';

// One import per chosen file, even if the dialog mounts twice: a second import would only
// report everything as already here.
const imports = new WeakMap<File, Promise<ExchangeImportReport>>();

function importOnce(file: File): Promise<ExchangeImportReport> {
  let pending = imports.get(file);
  if (!pending) {
    pending = fileToBase64(file).then((base64) =>
      call(/\.qdc$/iu.test(file.name) ? 'exchange/importCodebook' : 'exchange/importProject', {
        name: file.name,
        base64,
      }),
    );
    imports.set(file, pending);
  }
  return pending;
}

interface Props {
  readonly file: File;
  readonly onClose: (imported: boolean) => void;
}

/**
 * A project or codebook from another tool (.qdpx, .qdc), merged by GUID: the report says
 * what was added, what was already here, what was skipped and which position unit was read.
 */
export function ExchangeImportDialog({ file, onClose }: Props) {
  const { t } = useTranslation();
  // "1 document, 60 codes…": each count with its own plural.
  const countList = (counts: MergeCounts): string =>
    (['documents', 'codes', 'codings', 'memos', 'cases'] as const)
      .map((kind) => t(`exchange.count.${kind}`, { count: counts[kind] }))
      .join(', ');
  const [report, setReport] = useState<ExchangeImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    importOnce(file)
      .then((value) => current && setReport(value))
      .catch((caught: unknown) => current && setError(caught));
    return () => {
      current = false;
    };
  }, [file]);
  return (
    <Dialog
      title={t('exchange.importTitle', { file: file.name })}
      onClose={() => onClose(report !== null)}
      className="import-dialog"
    >
      <ErrorNotice error={error} />
      {!report && !error && <p role="status">{t('importing.reading')}</p>}
      {report && (
        <div className="import-summary" role="status">
          <p className="import-report__ok">{t('exchange.added', { list: countList(report.added) })}</p>
          <p className="muted small">{t('exchange.matched', { list: countList(report.matched) })}</p>
          {report.coders.length > 0 && (
            <p className="muted small">
              {t('exchange.coders', {
                list: report.coders
                  .map(({ name, codings }) =>
                    t('exchange.coder', { name, codings: t('exchange.count.codings', { count: codings }) }),
                  )
                  .join(', '),
              })}
            </p>
          )}
          {report.positions !== 'none' && (
            <p className="muted small">
              {t(`exchange.positions.${report.positions}`)}
              {report.lineBreaks === 'crlf-as-one' ? ` ${t('exchange.crlfAsOne')}` : ''}
            </p>
          )}
          {report.skipped.length > 0 && (
            <>
              <p>{t('exchange.skipped', { count: report.skipped.length })}</p>
              <ul className="import-report__failures">
                {report.skipped.map((item, index) => (
                  <li key={index}>
                    <strong>{item.what}</strong>: {item.why}
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.warnings.length > 0 && (
            <ul className="import-report__failures">
              {report.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {(report !== null || error !== null) && <CloseFooter onClose={() => onClose(report !== null)} />}
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, FindingGroup } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { currentLanguage } from '../i18n/setup.ts';
import { downloadFile } from './download.ts';

interface Props {
  readonly selectedCode: Code | null;
  readonly onError: (error: unknown) => void;
}

/**
 * Markdown export of the coded excerpts, for all codes or the selected one. The identifier
 * scan runs first: if likely identifiers remain, the researcher decides.
 */
export function ExportButtons({ selectedCode, onError }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const [format, setFormat] = useState<'md' | 'html' | 'csv' | 'docx'>('md');
  const [groupBy, setGroupBy] = useState<'code' | 'case' | 'document'>('code');
  const [citation, setCitation] = useState('');
  // Identifiers still in the documents, found by the scan that runs before an export.
  const [warning, setWarning] = useState<{ codeId?: number; found: readonly FindingGroup[] } | null>(null);

  const checkThenExport = async (codeId?: number): Promise<void> => {
    try {
      const found = await call('pseudonymise/scanDocuments', { documentIds: [] });
      if (found.length > 0) setWarning({ ...(codeId === undefined ? {} : { codeId }), found });
      else await exportExcerpts(codeId);
    } catch (error) {
      onError(error);
    }
  };

  const exportExcerpts = async (codeId?: number): Promise<void> => {
    setWarning(null);
    try {
      const file = await call('exports/excerpts', {
        format,
        groupBy,
        language: currentLanguage(),
        ...(citation.trim() ? { citation: citation.split(',').map((part) => part.trim()) } : {}),
        ...(codeId === undefined ? {} : { codeId }),
      });
      downloadFile(file);
      setSaved(file.fileName);
      onError(null);
    } catch (error) {
      onError(error);
    }
  };
  return (
    <section className="export" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('exporting.heading')}</h3>
      <div className="export__options">
        <label>
          {t('exporting.format')}
          <select
            value={format}
            onChange={(event) => setFormat(event.target.value as 'md' | 'html' | 'csv' | 'docx')}
          >
            <option value="md">Markdown</option>
            <option value="html">HTML</option>
            <option value="csv">CSV</option>
            <option value="docx">Word (DOCX)</option>
          </select>
        </label>
        <label>
          {t('exporting.groupBy')}
          <select
            value={groupBy}
            onChange={(event) => setGroupBy(event.target.value as 'code' | 'case' | 'document')}
          >
            {(['code', 'case', 'document'] as const).map((item) => (
              <option key={item} value={item}>
                {t(`exporting.groups.${item}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="export__citation">
          {t('exporting.citation')}
          <input
            value={citation}
            placeholder="case, attr:Âge, speaker, timestamp"
            title={t('exporting.citationHint')}
            onChange={(event) => setCitation(event.target.value)}
          />
        </label>
      </div>
      <div className="export__buttons">
        <button
          type="button"
          className="button"
          title={t('exporting.allHint')}
          onClick={() => void checkThenExport()}
        >
          {t('exporting.all')}
        </button>
        {selectedCode && (
          <button type="button" className="button" onClick={() => void checkThenExport(selectedCode.id)}>
            {t('exporting.selected', { name: selectedCode.name })}
          </button>
        )}
      </div>
      <div className="export__exchange">
        {(['md', 'csv'] as const).map((codebookFormat) => (
          <button
            key={codebookFormat}
            type="button"
            className="button button--small"
            onClick={() =>
              void call('exports/codebook', { format: codebookFormat, language: currentLanguage() })
                .then((file) => {
                  downloadFile(file);
                  setSaved(file.fileName);
                  onError(null);
                })
                .catch(onError)
            }
          >
            {t(`exporting.codebook.${codebookFormat}`)}
          </button>
        ))}
        {(['qdpx', 'qdc'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            onClick={() =>
              void call(format === 'qdpx' ? 'exchange/exportProject' : 'exchange/exportCodebook', {})
                .then((file) => {
                  downloadFile(file);
                  setSaved(file.fileName);
                  onError(null);
                })
                .catch(onError)
            }
          >
            {t(`exchange.export.${format}`)}
          </button>
        ))}
      </div>
      {warning && (
        <div className="export__warning" role="alert">
          <p>
            {t('identifiers.beforeExport', {
              count: warning.found.length,
              list: warning.found
                .slice(0, 5)
                .map((group) => group.text)
                .join(', '),
            })}
          </p>
          <div className="export__warning-buttons">
            <button type="button" className="button" onClick={() => setWarning(null)}>
              {t('app.cancel')}
            </button>
            <button
              type="button"
              className="button export__anyway"
              onClick={() => void exportExcerpts(warning.codeId)}
            >
              {t('identifiers.exportAnyway')}
            </button>
          </div>
        </div>
      )}
      {saved && (
        <p className="muted small" role="status">
          {t('exporting.saved', { file: saved })}
        </p>
      )}
    </section>
  );
}

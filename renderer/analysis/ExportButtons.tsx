import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { currentLanguage } from '../i18n/setup.ts';
import { downloadFile } from './download.ts';

interface Props {
  readonly selectedCode: Code | null;
  readonly onError: (error: unknown) => void;
}

/** Markdown export of the coded excerpts, for all codes or the selected one. */
export function ExportButtons({ selectedCode, onError }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const exportExcerpts = async (codeId?: number): Promise<void> => {
    try {
      const file = await call('exports/excerpts', {
        format: 'md',
        language: currentLanguage(),
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
      <div className="export__buttons">
        <button
          type="button"
          className="button"
          title={t('exporting.allHint')}
          onClick={() => void exportExcerpts()}
        >
          {t('exporting.all')}
        </button>
        {selectedCode && (
          <button type="button" className="button" onClick={() => void exportExcerpts(selectedCode.id)}>
            {t('exporting.selected', { name: selectedCode.name })}
          </button>
        )}
      </div>
      {saved && (
        <p className="muted small" role="status">
          {t('exporting.saved', { file: saved })}
        </p>
      )}
    </section>
  );
}

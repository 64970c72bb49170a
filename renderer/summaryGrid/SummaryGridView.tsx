import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPORT_LANGUAGES,
  exportFileName,
  type Excerpt,
  type SummaryGrid,
} from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { downloadStreamed } from '../analysis/download.ts';
import { LanguageField, type ExportLanguage } from '../exports/ExportFields.tsx';
import { oneOf, useRememberedOptions, type OptionRules } from '../exports/rememberedOptions.ts';
import { useFileExport } from '../exports/useFileExport.ts';
import { currentLanguage } from '../i18n/setup.ts';
import { SummaryEditor, type SummaryCell } from './SummaryEditor.tsx';

interface Props {
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

const PREVIEW = 90;

function defaultExportOptions(): { language: ExportLanguage } {
  return { language: currentLanguage() };
}

const EXPORT_OPTION_RULES: OptionRules<{ language: ExportLanguage }> = { language: oneOf(EXPORT_LANGUAGES) };

function summariesOf(grid: SummaryGrid, caseId: number, codeId: number) {
  return grid.summaries.filter((summary) => summary.caseId === caseId && summary.codeId === codeId);
}

/**
 * The summary grid of the framework method: cases in rows, codes in columns, in each cell
 * how many codings feed it and the summary written about it; a cell opens its editor.
 */
export function SummaryGridView({ onOpen, onError }: Props) {
  const { t } = useTranslation();
  const grid = useQuery('summaries/grid', {}, onError, { keepPrevious: true }).data ?? null;
  const me = useQuery('coders/me', {}, onError).data ?? null;
  const [cell, setCell] = useState<SummaryCell | null>(null);
  // The export's language, as the other exports choose and remember it (rememberedOptions.ts).
  const {
    options: { language },
    change,
    remember,
  } = useRememberedOptions('summaries', defaultExportOptions, EXPORT_OPTION_RULES);
  const saveFile = useFileExport(onError);
  const exportAs = async (format: 'docx' | 'xlsx'): Promise<void> => {
    remember();
    const project = await call('project/current', {}).catch(() => null);
    return saveFile({
      purpose: 'exportSummaries',
      proposedName: exportFileName(project?.name ?? 'Verbatim', 'summaries', language, format),
      toFile: (out) => call('summaries/exportToFileJob', { format, language, out }),
      download: () => downloadStreamed('summaries/export', { format, language }),
    });
  };
  const selected = grid && cell ? summariesOf(grid, cell.caseId, cell.codeId) : [];
  const own = selected.find((summary) => summary.author === me?.name) ?? null;

  return (
    <section className="analysis-view summary-grid-view" aria-labelledby="summary-grid-heading">
      <h2 id="summary-grid-heading">{t('summaryGrid.heading')}</h2>
      <p className="definition">{t('summaryGrid.definition')}</p>
      {grid === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : grid.cases.length === 0 || grid.codes.length === 0 ? (
        <p className="muted">{t('summaryGrid.empty')}</p>
      ) : (
        <>
          <div className="matrix__scroll summary-grid__scroll">
            <table className="matrix summary-grid">
              <thead>
                <tr>
                  <th scope="col" className="matrix__corner">
                    {t('summaryGrid.case')}
                  </th>
                  {grid.codes.map((code) => (
                    <th key={code.id} scope="col">
                      <span className="swatch" style={{ background: code.color }} aria-hidden="true" />{' '}
                      {code.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.cases.map((row, i) => (
                  <tr key={row.id} data-case={row.name}>
                    <th scope="row">{row.name}</th>
                    {grid.codes.map((code, j) => {
                      const count = grid.codings[i]?.[j] ?? 0;
                      const text = summariesOf(grid, row.id, code.id)
                        .map((summary) => summary.text)
                        .join(' · ');
                      const isSelected = cell?.caseId === row.id && cell.codeId === code.id;
                      return (
                        <td key={code.id} className={isSelected ? 'summary-grid__cell--selected' : undefined}>
                          <button
                            type="button"
                            className="summary-grid__cell"
                            data-code={code.name}
                            aria-pressed={isSelected}
                            onClick={() =>
                              setCell({
                                caseId: row.id,
                                caseName: row.name,
                                codeId: code.id,
                                codeName: code.name,
                                documentIds: row.documentIds,
                              })
                            }
                          >
                            <span className="summary-grid__count">{t('summaryGrid.codings', { count })}</span>
                            <span className="summary-grid__text">
                              {text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text}
                            </span>
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="analysis-view__actions">
            <LanguageField value={language} onChange={(value) => change({ language: value })} />
            <button type="button" className="button button--small" onClick={() => void exportAs('docx')}>
              {t('summaryGrid.exportDocx')}
            </button>
            <button type="button" className="button button--small" onClick={() => void exportAs('xlsx')}>
              {t('summaryGrid.exportXlsx')}
            </button>
          </div>
          {cell && (
            <SummaryEditor
              key={`${cell.caseId}:${cell.codeId}`}
              cell={cell}
              own={own}
              others={selected.filter((summary) => summary !== own)}
              onOpen={onOpen}
              onError={onError}
            />
          )}
        </>
      )}
    </section>
  );
}

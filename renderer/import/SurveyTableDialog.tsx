import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableColumn, TableImportReport, TablePreview } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { fileToBase64 } from '../workspace/readFiles.ts';
import { CloseFooter } from './CloseFooter.tsx';
import { ImportNotes } from './ImportNotes.tsx';

type Role = TableColumn['suggestedRole'];
const ROLES: readonly Role[] = ['id', 'text', 'attribute', 'ignore'];

interface Props {
  readonly file: File;
  readonly onClose: (imported: boolean) => void;
}

/**
 * A survey export (.csv/.xlsx): the researcher says which column identifies respondents,
 * which hold open answers and which become case attributes, and whether each answer is a
 * document or a segment of the respondent's document.
 */
export function SurveyTableDialog({ file, onClose }: Props) {
  const { t } = useTranslation();
  const [base64, setBase64] = useState<string | null>(null);
  const [preview, setPreview] = useState<TablePreview | null>(null);
  const [roles, setRoles] = useState<Record<string, Role>>({});
  const [answerAs, setAnswerAs] = useState<'document' | 'segment'>('segment');
  const [report, setReport] = useState<TableImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    void (async () => {
      try {
        const content = await fileToBase64(file);
        setBase64(content);
        const result = await call('documents/previewTable', { name: file.name, base64: content });
        setPreview(result);
        setRoles(Object.fromEntries(result.columns.map((column) => [column.name, column.suggestedRole])));
      } catch (caught) {
        setError(caught);
      }
    })();
  }, [file]);

  const columnsWith = (role: Role): string[] =>
    (preview?.columns ?? []).map((column) => column.name).filter((name) => roles[name] === role);
  const idColumn = columnsWith('id')[0];

  const setRole = (name: string, role: Role): void =>
    setRoles((current) => {
      // One id column: choosing another demotes the previous one.
      const next =
        role === 'id'
          ? Object.fromEntries(
              Object.entries(current).map(([key, value]) => [key, value === 'id' ? 'ignore' : value]),
            )
          : { ...current };
      return { ...next, [name]: role };
    });

  const start = async (): Promise<void> => {
    if (!base64 || !idColumn) return;
    setBusy(true);
    try {
      setReport(
        await call('documents/importTable', {
          name: file.name,
          base64,
          idColumn,
          textColumns: columnsWith('text'),
          attributeColumns: columnsWith('attribute'),
          answerAs,
        }),
      );
      setError(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('survey.title', { file: file.name })}
      onClose={() => onClose(report !== null)}
      className="import-dialog"
    >
      <ErrorNotice error={error} />
      {!preview && !error && <p role="status">{t('importing.reading')}</p>}
      {preview && !report && (
        <>
          <p className="muted small">
            {t('survey.rows', { count: preview.rowCount, encoding: preview.encoding })}
          </p>
          {preview.notes.length > 0 && (
            <div>
              <ImportNotes notes={preview.notes} />
            </div>
          )}
          <table className="import-files">
            <thead>
              <tr>
                <th scope="col">{t('survey.column')}</th>
                <th scope="col">{t('survey.role')}</th>
                <th scope="col">{t('survey.examples')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.columns.map((column) => (
                <tr key={column.name}>
                  <th scope="row">{column.name}</th>
                  <td>
                    <select
                      aria-label={t('survey.roleOf', { column: column.name })}
                      value={roles[column.name] ?? 'ignore'}
                      onChange={(event) => setRole(column.name, event.target.value as Role)}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`survey.roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="muted small">{column.samples.join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <fieldset className="survey__answer-as">
            <legend>{t('survey.answerAs')}</legend>
            <label>
              <input
                type="radio"
                name="answerAs"
                checked={answerAs === 'segment'}
                onChange={() => setAnswerAs('segment')}
              />
              {t('survey.asSegment')}
            </label>
            <label>
              <input
                type="radio"
                name="answerAs"
                checked={answerAs === 'document'}
                onChange={() => setAnswerAs('document')}
              />
              {t('survey.asDocument')}
            </label>
          </fieldset>
          {!idColumn && <p className="import-report__failed-title">{t('survey.needId')}</p>}
          <DialogButtons
            onCancel={() => onClose(false)}
            action={{ label: t('survey.import'), disabled: !idColumn || busy, onClick: () => void start() }}
          />
        </>
      )}
      {report && (
        <>
          <p className="import-report__ok" role="status">
            {t('survey.done', {
              documents: report.documents.length,
              cases: report.casesCreated + report.casesUpdated,
              skipped: report.skippedRows,
            })}
          </p>
          <CloseFooter onClose={() => onClose(true)} />
        </>
      )}
    </Dialog>
  );
}

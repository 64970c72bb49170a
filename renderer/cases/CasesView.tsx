import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeType, DocumentSummary } from '../../app/contract/index.ts';
import { mutate, useQuery } from '../api/useQuery.ts';
import { SurveyTableDialog } from '../import/SurveyTableDialog.tsx';
import { CaseActions } from './CaseActions.tsx';
import { CaseDocuments } from './CaseDocuments.tsx';
import { NewAttributeForm } from './NewAttributeForm.tsx';
import { SetsPanel } from './SetsPanel.tsx';
import { ValueCell } from './ValueCell.tsx';

const NO_DOCUMENTS: readonly DocumentSummary[] = [];

interface Props {
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

/** Cases (respondents) × attributes in an editable grid, their documents, and sets. */
export function CasesView({ onChanged, onError }: Props) {
  const { t } = useTranslation();
  const table = useQuery('cases/list', {}, onError).data ?? null;
  const documents = useQuery('documents/list', {}, onError).data ?? NO_DOCUMENTS;
  const [newCase, setNewCase] = useState('');
  const [importing, setImporting] = useState<File | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  // Every edit is saved at once, then the grid re-reads what the backend holds.
  const run = async (write: () => Promise<unknown>): Promise<void> => {
    try {
      await write();
      onError(null);
    } catch (error) {
      onError(error);
      throw error;
    }
  };

  const addCase = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (newCase.trim() === '') return;
    await run(() => mutate('cases/create', { name: newCase.trim() })).catch(() => undefined);
    setNewCase('');
  };

  const addAttribute = (name: string, type: AttributeType, choices: string[]): Promise<void> =>
    run(() => mutate('attributes/create', { name, type, ...(type === 'choice' ? { choices } : {}) }));

  if (table === null) return <p className="muted">{t('app.loading')}</p>;
  return (
    <section className="analysis-view cases-view" aria-labelledby="cases-heading">
      <h2 id="cases-heading">{t('cases.heading')}</h2>
      <p className="definition">{t('cases.definition')}</p>
      <div className="analysis-view__controls">
        <form className="inline-form" onSubmit={(event) => void addCase(event)}>
          <input
            aria-label={t('cases.caseName')}
            placeholder={t('cases.caseName')}
            value={newCase}
            onChange={(event) => setNewCase(event.target.value)}
          />
          <button type="submit" className="button button--small">
            {t('cases.addCase')}
          </button>
        </form>
        <NewAttributeForm onCreate={addAttribute} />
        <label className="button button--small file-button">
          {t('cases.importTable')}
          <input
            ref={fileRef}
            className="visually-hidden"
            type="file"
            accept=".csv,.tsv,.xlsx"
            onChange={(event) => {
              setImporting(event.target.files?.[0] ?? null);
              if (fileRef.current) fileRef.current.value = '';
            }}
          />
        </label>
      </div>
      {table.cases.length === 0 ? (
        <p className="muted">{t('cases.empty')}</p>
      ) : (
        <div className="matrix__scroll">
          <table className="cases-grid">
            <thead>
              <tr>
                <th scope="col">{t('cases.case')}</th>
                <th scope="col">{t('cases.documents')}</th>
                {table.attributes.map((attribute) => (
                  <th key={attribute.id} scope="col">
                    {attribute.name}{' '}
                    <span className="muted small">({t(`cases.types.${attribute.type}`)})</span>
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('cases.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {table.cases.map((row) => (
                <tr key={row.id} data-case={row.name}>
                  <th scope="row">{row.name}</th>
                  <td>
                    <CaseDocuments
                      row={row}
                      documents={documents}
                      onChange={(documentIds) =>
                        void run(() => mutate('cases/update', { id: row.id, documentIds })).catch(
                          () => undefined,
                        )
                      }
                    />
                  </td>
                  {table.attributes.map((attribute) => (
                    <td key={attribute.id}>
                      <ValueCell
                        attribute={attribute}
                        value={row.values[attribute.id] ?? ''}
                        label={t('cases.valueOf', { attribute: attribute.name, case: row.name })}
                        onSave={(value) =>
                          run(() =>
                            mutate('cases/setValue', { caseId: row.id, attributeId: attribute.id, value }),
                          )
                        }
                      />
                    </td>
                  ))}
                  <td>
                    <CaseActions
                      name={row.name}
                      onDelete={() =>
                        void run(() => mutate('cases/delete', { id: row.id })).catch(() => undefined)
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SetsPanel documents={documents} onError={onError} />
      {importing && (
        <SurveyTableDialog
          file={importing}
          onClose={(imported) => {
            setImporting(null);
            if (imported) onChanged();
          }}
        />
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Case, DocumentSummary } from '../../app/contract/index.ts';

interface Props {
  readonly row: Case;
  readonly documents: readonly DocumentSummary[];
  readonly onChange: (documentIds: number[]) => void;
}

/** The documents of a case, as a compact list of checkboxes in a disclosure. */
export function CaseDocuments({ row, documents, onChange }: Props) {
  const { t } = useTranslation();
  const names = documents
    .filter((document) => row.documentIds.includes(document.id))
    .map((document) => document.name);
  return (
    <details className="case-documents">
      <summary>{names.length === 0 ? t('cases.noDocuments') : names.join(', ')}</summary>
      <ul>
        {documents.map((document) => (
          <li key={document.id}>
            <label>
              <input
                type="checkbox"
                checked={row.documentIds.includes(document.id)}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...row.documentIds, document.id]
                      : row.documentIds.filter((id) => id !== document.id),
                  )
                }
              />
              <span className="case-documents__name">{document.name}</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}

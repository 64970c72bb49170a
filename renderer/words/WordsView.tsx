import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Excerpt, WordFrequencyRow } from '../../app/contract/index.ts';
import { useQuery } from '../api/useQuery.ts';
import { ChartExportButtons } from '../charts/ChartExportButtons.tsx';
import { KeywordsInContext } from './KeywordsInContext.tsx';
import { StopWordsEditor } from './StopWordsEditor.tsx';
import { WordCloud } from './WordCloud.tsx';

const BY = ['all', 'document', 'case', 'code'] as const;
type By = (typeof BY)[number];
/** Rows asked for: a ranked list longer than anyone reads; the CLI gives them all. */
const ROWS = 500;
/** Beyond this many groups the table shows totals only (the CLI gives every column). */
const MAX_GROUP_COLUMNS = 30;

/** Forms shown in a table cell; the cell's tooltip and the keywords in context list them all. */
const FORMS_SHOWN = 3;

function formList(row: WordFrequencyRow, shown: number): string {
  const forms = row.forms.slice(0, shown).map((form) => `${form.form} (${form.count})`);
  return row.forms.length > shown ? `${forms.join(', ')}, …` : forms.join(', ');
}

interface Props {
  readonly codes: readonly Code[];
  readonly onOpen: (excerpt: Pick<Excerpt, 'documentId' | 'start' | 'end'>) => void;
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

/**
 * Word frequencies (docs/ANALYSIS.md "Word frequencies"): options, a word cloud and a
 * ranked table; a word opens its keywords in context, from which a line can be coded.
 */
export function WordsView({ codes, onOpen, onChanged, onError }: Props) {
  const { t } = useTranslation();
  // 'all', 'document', 'case', 'code', or `attribute:<id>` for an attribute's values.
  const [choice, setChoice] = useState<string>('all');
  const attributes = useQuery('cases/list', {}, onError).data?.attributes ?? [];
  const attributeId = choice.startsWith('attribute:') ? Number(choice.slice('attribute:'.length)) : null;
  const by: By | 'attribute' = attributeId === null ? (BY.find((id) => id === choice) ?? 'all') : 'attribute';
  const [stem, setStem] = useState(false);
  const [allSpeakers, setAllSpeakers] = useState(false);
  const [minLength, setMinLength] = useState(3);
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<WordFrequencyRow | null>(null);
  const cloudRef = useRef<SVGSVGElement>(null);
  const result =
    useQuery(
      'words/frequencies',
      { by, ...(attributeId === null ? {} : { attributeId }), stem, allSpeakers, minLength, limit: ROWS },
      onError,
      {
        keepPrevious: true,
      },
    ).data ?? null;
  const groupColumns = result && result.groups.length <= MAX_GROUP_COLUMNS ? result.groups : [];
  const choose = (row: WordFrequencyRow): void => setChosen(row);
  // A word chosen under other options (stem on or off) may no longer be a row.
  const selected = chosen && result?.rows.some((row) => row.key === chosen.key) ? chosen : null;

  return (
    <section className="analysis-view words-view" aria-labelledby="words-heading">
      <h2 id="words-heading">{t('words.heading')}</h2>
      <form className="words-options analysis-view__controls" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('words.by')}{' '}
          <select value={choice} onChange={(event) => setChoice(event.target.value)}>
            {BY.map((id) => (
              <option key={id} value={id}>
                {t(`words.byOptions.${id}`)}
              </option>
            ))}
            {attributes.map((attribute) => (
              <option key={attribute.id} value={`attribute:${attribute.id}`}>
                {t('words.byAttribute', { name: attribute.name })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={stem} onChange={(event) => setStem(event.target.checked)} />{' '}
          {t('words.stem')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={allSpeakers}
            onChange={(event) => setAllSpeakers(event.target.checked)}
          />{' '}
          {t('words.allSpeakers')}
        </label>
        <label>
          {t('words.minLength')}{' '}
          <input
            type="number"
            min={1}
            max={50}
            value={minLength}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (Number.isInteger(value) && value >= 1 && value <= 50) setMinLength(value);
            }}
          />
        </label>
        <button
          type="button"
          className="button button--small"
          aria-expanded={editing}
          onClick={() => setEditing((open) => !open)}
        >
          {t('words.editStopWords')}
        </button>
      </form>
      {editing && <StopWordsEditor onError={onError} />}
      <p className="definition">{t(allSpeakers ? 'words.definitionAll' : 'words.definition')}</p>
      {result && (
        <>
          <p className="muted small" role="status">
            {t('words.summary', {
              total: result.totalWords.toLocaleString(),
              distinct: result.distinctWords.toLocaleString(),
            })}
          </p>
          {result.rows.length > 0 && (
            <div className="words-cloud">
              <WordCloud
                ref={cloudRef}
                rows={result.rows}
                selectedKey={selected?.key ?? null}
                onChoose={choose}
              />
              <div className="analysis-view__actions">
                <ChartExportButtons svg={cloudRef} fileBase="words" onError={onError} />
              </div>
            </div>
          )}
          <div className="words-layout">
            <div className="words-table-wrap">
              <table className="words-table">
                <caption className="visually-hidden">{t('words.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('words.rank')}</th>
                    <th scope="col">{t('words.word')}</th>
                    <th scope="col">{t('words.count')}</th>
                    <th scope="col">{t('words.documents')}</th>
                    {stem && <th scope="col">{t('words.formsColumn')}</th>}
                    {groupColumns.map((group) => (
                      <th scope="col" key={group.id}>
                        {group.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row, index) => (
                    <tr key={row.key} aria-selected={row.key === selected?.key}>
                      <td>{index + 1}</td>
                      <th scope="row">
                        <button type="button" className="link-button" onClick={() => choose(row)}>
                          {row.word}
                        </button>
                      </th>
                      <td>{row.count}</td>
                      <td>{row.documents}</td>
                      {stem && (
                        <td className="words-table__forms" title={formList(row, row.forms.length)}>
                          {formList(row, FORMS_SHOWN)}
                        </td>
                      )}
                      {groupColumns.map((group, column) => (
                        <td key={group.id}>{row.counts[column] ?? 0}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {selected && (
              <KeywordsInContext
                row={selected}
                stem={stem}
                allSpeakers={allSpeakers}
                codes={codes}
                onOpen={onOpen}
                onChanged={onChanged}
                onError={onError}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { FilterChoice } from './analysisFilters.ts';
import { SettlingTextInput } from './SettlingTextInput.tsx';
import type { FilterSources } from './useFilterSources.ts';

interface Props {
  readonly choice: FilterChoice;
  readonly sources: FilterSources;
  readonly onChange: (choice: FilterChoice) => void;
}

/** Document set, case attribute value, speakers and coder: the filters of every analysis. */
export function FilterBar({ choice, sources, onChange }: Props) {
  const { t } = useTranslation();
  const attribute = sources.cases.attributes.find((item) => item.id === choice.attributeId);
  const values = attribute
    ? [
        ...new Set(
          sources.cases.cases
            .map((row) => row.values[attribute.id])
            .filter((value) => value !== undefined && value !== ''),
        ),
      ].sort()
    : [];
  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">{t('filters.legend')}</legend>
      <label>
        {t('filters.set')}
        <select
          value={choice.setId ?? ''}
          onChange={(event) =>
            onChange({ ...choice, setId: event.target.value === '' ? null : Number(event.target.value) })
          }
        >
          <option value="">{t('filters.allDocuments')}</option>
          {sources.sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.attribute')}
        <select
          value={choice.attributeId ?? ''}
          onChange={(event) =>
            onChange({
              ...choice,
              attributeId: event.target.value === '' ? null : Number(event.target.value),
              value: '',
            })
          }
        >
          <option value="">{t('filters.anyCase')}</option>
          {sources.cases.attributes.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </label>
      {attribute && (
        <label>
          {t('filters.value')}
          <select
            value={choice.value}
            onChange={(event) => onChange({ ...choice, value: event.target.value })}
          >
            <option value="">{t('filters.anyValue')}</option>
            {values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('filters.speakers')}
        <SettlingTextInput
          value={choice.speakers}
          placeholder={t('filters.speakersPlaceholder')}
          onSettle={(speakers) => onChange({ ...choice, speakers })}
        />
      </label>
      <label>
        {t('filters.coder')}
        <SettlingTextInput
          value={choice.coder}
          placeholder={t('filters.coderPlaceholder')}
          onSettle={(coder) => onChange({ ...choice, coder })}
        />
      </label>
    </fieldset>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeType } from '../../app/contract/index.ts';

interface Props {
  readonly onCreate: (name: string, type: AttributeType, choices: string[]) => Promise<void>;
}

const TYPES: readonly AttributeType[] = ['text', 'number', 'date', 'choice'];

/** Adds an attribute column: its name, type and, for a choice, the allowed values. */
export function NewAttributeForm({ onCreate }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('text');
  const [choices, setChoices] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (name.trim() === '') return;
    const list = choices
      .split(',')
      .map((choice) => choice.trim())
      .filter((choice) => choice !== '');
    await onCreate(name.trim(), type, type === 'choice' ? list : []);
    setName('');
    setChoices('');
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <input
        aria-label={t('cases.attributeName')}
        placeholder={t('cases.attributeName')}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <select
        aria-label={t('cases.attributeType')}
        value={type}
        onChange={(event) => setType(event.target.value as AttributeType)}
      >
        {TYPES.map((item) => (
          <option key={item} value={item}>
            {t(`cases.types.${item}`)}
          </option>
        ))}
      </select>
      {type === 'choice' && (
        <input
          aria-label={t('cases.choices')}
          placeholder={t('cases.choices')}
          value={choices}
          onChange={(event) => setChoices(event.target.value)}
        />
      )}
      <button type="submit" className="button button--small">
        {t('cases.addAttribute')}
      </button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly onAdd: (text: string, replacement: string) => void;
}

/**
 * A spelling the scan missed ("Mme D.", a nickname): the researcher adds it with its
 * replacement; the same replacement as a finding links it to that person.
 */
export function AddSpellingForm({ onAdd }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [replacement, setReplacement] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (text.trim() === '' || replacement.trim() === '') return;
    onAdd(text.trim(), replacement.trim());
    setText('');
    setReplacement('');
  };
  return (
    <form className="add-spelling" onSubmit={submit}>
      <input
        type="text"
        aria-label={t('importing.addSpelling')}
        placeholder={t('importing.addSpelling')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <input
        type="text"
        aria-label={t('importing.addSpellingReplacement')}
        placeholder={t('importing.addSpellingReplacement')}
        value={replacement}
        onChange={(event) => setReplacement(event.target.value)}
      />
      <button type="submit" className="button button--small">
        {t('importing.add')}
      </button>
    </form>
  );
}

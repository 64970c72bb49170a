import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORD_LANGUAGES, type WordLanguage } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';

interface Props {
  readonly onError: (error: unknown) => void;
}

/** The project's stop words, one language at a time: a word per line, saved in the project. */
export function StopWordsEditor({ onError }: Props) {
  const { t } = useTranslation();
  const lists = useQuery('words/stopWords', {}, onError).data ?? null;
  const [language, setLanguage] = useState<WordLanguage>('fr');
  // What the user typed, until saved; otherwise the project's list.
  const [draft, setDraft] = useState<{ readonly language: WordLanguage; readonly text: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const text = draft?.language === language ? draft.text : (lists?.lists[language].join('\n') ?? '');
  const setText = (value: string): void => setDraft({ language, text: value });

  const save = async (words: string[] | null): Promise<void> => {
    try {
      await call('words/setStopWords', { language, words });
      setDraft(null);
      setSaved(words === null ? t('words.stopWordsReset') : t('words.stopWordsSaved'));
      onError(null);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <fieldset className="stop-words">
      <legend>{t('words.stopWords')}</legend>
      <label>
        {t('words.language')}{' '}
        <select value={language} onChange={(event) => setLanguage(event.target.value as WordLanguage)}>
          {WORD_LANGUAGES.map((id) => (
            <option key={id} value={id}>
              {t(`words.languages.${id}`)}
            </option>
          ))}
        </select>
      </label>
      {lists && (
        <span className="muted small">
          {' '}
          {lists.edited[language] ? t('words.stopWordsEdited') : t('words.stopWordsShipped')}
        </span>
      )}
      <textarea
        aria-label={t('words.stopWordsList', { language: t(`words.languages.${language}`) })}
        rows={8}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="stop-words__actions">
        <button
          type="button"
          className="button button--primary button--small"
          onClick={() => void save(text.split(/[\n,;]+/u).filter((word) => word.trim() !== ''))}
        >
          {t('words.saveStopWords')}
        </button>
        <button type="button" className="button button--small" onClick={() => void save(null)}>
          {t('words.resetStopWords')}
        </button>
        {saved && (
          <span role="status" className="muted small">
            {saved}
          </span>
        )}
      </div>
    </fieldset>
  );
}

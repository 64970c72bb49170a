import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { currentLanguage } from '../i18n/setup.ts';

interface Props {
  readonly codingId: number;
  readonly onError: (error: unknown) => void;
}

/**
 * Copies one excerpt as a paper quotes it — between quotation marks, with its citation line
 * (document, speaker, timestamp, turn) — in the interface's language, to paste into a draft.
 */
export function CopyExcerptButton({ codingId, onError }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async (): Promise<void> => {
    try {
      const { text } = await call('exports/excerptText', { codingId, language: currentLanguage() });
      await navigator.clipboard.writeText(text);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch (error) {
      onError(error);
    }
  };
  return (
    <button
      type="button"
      className="button button--quiet button--small excerpt-item__copy"
      onClick={() => void copy()}
    >
      {copied ? t('excerpts.copied') : t('excerpts.copy')}
      <span className="visually-hidden" role="status">
        {copied ? t('excerpts.copiedLong') : ''}
      </span>
    </button>
  );
}

import i18next from 'i18next';
import type { MessageParams, Translated } from '../../app/contract/index.ts';
import { ApiError } from '../api/client.ts';

/** A backend message's key, in the interface's language, or null if the catalogue lacks it. */
function translatedByKey(
  translated: { readonly key: string; readonly params?: MessageParams } | undefined,
): string | null {
  if (translated === undefined) return null;
  const key = `errorMessages.${translated.key}`;
  if (!i18next.exists(key)) return null;
  // The key comes from the backend, so the typed keys cannot check it: exists() did.
  return i18next.t(key as 'errorMessages.noProject', translated.params ?? {});
}

function keyedMessage(error: ApiError): string | null {
  return error.key === undefined ? null : translatedByKey({ key: error.key, params: error.params });
}

/**
 * A message the backend returned as data (an import's failed file): by its key in the
 * interface's language, else its English sentence, which names the file and the problem.
 */
export function reportedMessage(report: {
  readonly message: string;
  readonly translated?: Translated | undefined;
}): string {
  return translatedByKey(report.translated) ?? report.message;
}

/**
 * The text to show for a failure, whatever was thrown, in the interface's language: the
 * backend's message by its key (app/errors.ts, Translated); else, in English, the backend's
 * own sentence; else the sentence of its code. Never English under a French title.
 */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    const keyed = keyedMessage(error);
    if (keyed !== null) return keyed;
    if (i18next.language === 'en') return error.message;
    return i18next.t(`errorDetails.${error.code}`);
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The backend's English sentence when messageOf showed only its code's general sentence:
 * it names the file, line or id, which helps whoever looks into the problem.
 */
export function technicalDetailOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || keyedMessage(error) !== null) return null;
  return i18next.language === 'en' || error.message === '' ? null : error.message;
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnplacedCoding } from '../../../app/contract/index.ts';
import { mutate, useQuery } from '../../api/useQuery.ts';
import type { CanonicalRange } from '../offsets.ts';

interface Props {
  readonly documentId: number;
  /** The passage selected in the transcript, where a coding can be placed again. */
  readonly selectedRange: () => CanonicalRange | null;
  readonly onError: (error: unknown) => void;
}

const NONE: readonly UnplacedCoding[] = [];

/**
 * Codings whose whole text an edit or an update removed: never dropped silently, they are
 * listed above the transcript until the researcher places each again on a selected passage
 * or dismisses the list (they stay kept, and the list comes back with the next change).
 */
export function UnplacedNotice({ documentId, selectedRange, onError }: Props) {
  const { t } = useTranslation();
  const unplaced = useQuery('documents/unplacedCodings', { id: documentId }, onError).data ?? NONE;
  const [dismissed, setDismissed] = useState<string>('');
  const [hint, setHint] = useState(false);
  const listKey = unplaced.map((coding) => coding.id).join(',');
  if (unplaced.length === 0 || dismissed === listKey) return null;

  const place = (coding: UnplacedCoding): void => {
    const range = selectedRange();
    if (!range) {
      setHint(true);
      return;
    }
    setHint(false);
    // Placing a coding again is an edit of the document with no text change: one undoable step.
    mutate('documents/edit', {
      id: documentId,
      restore: [{ id: coding.id, start: range.start, end: range.end }],
    })
      .then(() => onError(null))
      .catch(onError);
  };

  return (
    <section
      className="unplaced-notice"
      role="region"
      aria-label={t('unplaced.heading', { count: unplaced.length })}
    >
      <div className="unplaced-notice__header">
        <strong>{t('unplaced.heading', { count: unplaced.length })}</strong>
        <button type="button" className="button button--quiet" onClick={() => setDismissed(listKey)}>
          {t('app.dismiss')}
        </button>
      </div>
      <p className="muted small">{hint ? t('unplaced.selectFirst') : t('unplaced.hint')}</p>
      <ul className="unplaced-notice__list">
        {unplaced.map((coding) => (
          <li key={coding.id} className="unplaced-notice__item" data-coding={coding.id}>
            <span>
              <strong>{coding.code}</strong> <span className="unplaced-notice__quote">«{coding.quote}»</span>
            </span>
            <button
              type="button"
              className="button button--small"
              // The selection in the transcript must survive the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => place(coding)}
            >
              {t('unplaced.place')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

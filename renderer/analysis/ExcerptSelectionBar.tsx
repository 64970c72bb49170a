import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../app/contract/index.ts';
import { mutate, useQuery } from '../api/useQuery.ts';

interface Props {
  readonly count: number;
  readonly total: number;
  readonly currentCodeId: number;
  readonly codingIds: readonly number[];
  readonly onSelectAll: (all: boolean) => void;
  readonly onDone: () => void;
  readonly onError: (error: unknown) => void;
}

/** What to do with the chosen excerpts: move them to another code, or remove their codings (undoable). */
export function ExcerptSelectionBar({
  count,
  total,
  currentCodeId,
  codingIds,
  onSelectAll,
  onDone,
  onError,
}: Props) {
  const { t } = useTranslation();
  const codes: readonly Code[] = useQuery('codes/list', {}, onError).data ?? [];
  const [target, setTarget] = useState<number | null>(null);

  const run = (write: Promise<unknown>): void => {
    write.then(onDone).catch(onError);
  };

  return (
    <div className="excerpt-selection" role="group" aria-label={t('excerpts.selection')}>
      <label>
        <input
          type="checkbox"
          checked={count > 0 && count === total}
          onChange={(event) => onSelectAll(event.target.checked)}
        />
        {t('excerpts.chosen', { count })}
      </label>
      {count > 0 && (
        <>
          <select
            aria-label={t('excerpts.recodeTo')}
            value={target ?? ''}
            onChange={(event) => setTarget(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{t('excerpts.recodeTo')}</option>
            {codes
              .filter((code) => code.id !== currentCodeId && !code.archived)
              .map((code) => (
                <option key={code.id} value={code.id}>
                  {code.name}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={target === null}
            onClick={() =>
              target !== null && run(mutate('codings/recode', { codingIds: [...codingIds], codeId: target }))
            }
          >
            {t('excerpts.recode')}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => run(mutate('codings/deleteMany', { ids: [...codingIds] }))}
          >
            {t('excerpts.uncode')}
          </button>
        </>
      )}
    </div>
  );
}

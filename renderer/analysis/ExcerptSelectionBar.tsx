import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';

interface Props {
  readonly count: number;
  readonly total: number;
  readonly currentCodeId: number;
  readonly revision: number;
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
  revision,
  codingIds,
  onSelectAll,
  onDone,
  onError,
}: Props) {
  const { t } = useTranslation();
  const [codes, setCodes] = useState<readonly Code[]>([]);
  const [target, setTarget] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    call('codes/list', {})
      .then((list) => current && setCodes(list))
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [revision, onError]);

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
              target !== null && run(call('codings/recode', { codingIds: [...codingIds], codeId: target }))
            }
          >
            {t('excerpts.recode')}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => run(call('codings/deleteMany', { ids: [...codingIds] }))}
          >
            {t('excerpts.uncode')}
          </button>
        </>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Excerpt } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { ExcerptCard } from './ExcerptCard.tsx';

interface Props {
  readonly code: Code | null;
  /** Changes after every write, so the list is re-read. */
  readonly revision: number;
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

export function ExcerptsPanel({ code, revision, onOpen, onError }: Props) {
  const { t } = useTranslation();
  const [excerpts, setExcerpts] = useState<{ codeId: number; list: readonly Excerpt[] } | null>(null);
  const codeId = code?.id ?? null;

  useEffect(() => {
    if (codeId === null) return;
    let current = true;
    call('codings/excerptsOfCode', { codeId })
      .then((list) => current && setExcerpts({ codeId, list }))
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [codeId, revision, onError]);

  if (!code) return <p className="muted panel-body">{t('excerpts.choose')}</p>;
  const list = excerpts?.codeId === code.id ? excerpts.list : null;
  return (
    <div className="excerpts panel-body" aria-live="polite">
      <h3 className="excerpts__heading">
        <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
        {t('excerpts.heading', { name: code.name })}
      </h3>
      {list === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('excerpts.none')}</p>
      ) : (
        <ul className="excerpt-list">
          {list.map((excerpt) => (
            <li key={excerpt.codingId}>
              <ExcerptCard excerpt={excerpt} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

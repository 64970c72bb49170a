import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

interface Props {
  readonly onOpened: (project: ProjectInfo) => void;
  /** In Electron the File menu offers native file dialogs. */
  readonly hasNativeMenu: boolean;
}

function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

/** Create a project, open one by path, or pick a recent one. */
export function StartScreen({ onOpened, hasNativeMenu }: Props) {
  const { t } = useTranslation();
  const [createPath, setCreatePath] = useState('');
  const [openPath, setOpenPath] = useState('');
  const [recent, setRecent] = useState<readonly string[]>([]);
  // Each form shows its own error next to it.
  const [error, setError] = useState<{ where: 'create' | 'open' | 'recent'; error: unknown } | null>(null);

  useEffect(() => {
    call('project/recent', {})
      .then(setRecent)
      .catch((caught: unknown) => setError({ where: 'recent', error: caught }));
  }, []);

  const run = async (
    where: 'create' | 'open' | 'recent',
    action: () => Promise<ProjectInfo>,
  ): Promise<void> => {
    try {
      setError(null);
      onOpened(await action());
    } catch (caught) {
      setError({ where, error: caught });
    }
  };

  const submit = (where: 'create' | 'open', path: string) => (event: FormEvent) => {
    event.preventDefault();
    void run(where, () =>
      call(where === 'create' ? 'project/create' : 'project/open', { path: path.trim() }),
    );
  };

  return (
    <main className="start">
      <div className="start__intro">
        <h1 className="start__title">{t('app.name')}</h1>
        <p className="start__tagline">{t('start.tagline')}</p>
        {hasNativeMenu && <p className="muted">{t('start.menuHint')}</p>}
      </div>
      <div className="start__cards">
        <form className="card" onSubmit={submit('create', createPath)} aria-labelledby="create-heading">
          <h2 id="create-heading">{t('start.createHeading')}</h2>
          <label className="field">
            <span className="field__label">{t('start.createLabel')}</span>
            <input
              type="text"
              value={createPath}
              placeholder={t('start.pathPlaceholder')}
              spellCheck={false}
              onChange={(event) => setCreatePath(event.target.value)}
            />
          </label>
          <button type="submit" className="button button--primary" disabled={createPath.trim() === ''}>
            {t('start.createButton')}
          </button>
          {error?.where === 'create' && <ErrorNotice error={error.error} />}
        </form>
        <form className="card" onSubmit={submit('open', openPath)} aria-labelledby="open-heading">
          <h2 id="open-heading">{t('start.openHeading')}</h2>
          <label className="field">
            <span className="field__label">{t('start.openLabel')}</span>
            <input
              type="text"
              value={openPath}
              placeholder={t('start.pathPlaceholder')}
              spellCheck={false}
              onChange={(event) => setOpenPath(event.target.value)}
            />
          </label>
          <button type="submit" className="button button--primary" disabled={openPath.trim() === ''}>
            {t('start.openButton')}
          </button>
          {error?.where === 'open' && <ErrorNotice error={error.error} />}
        </form>
        <section className="card" aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('start.recentHeading')}</h2>
          {recent.length === 0 ? (
            <p className="muted">{t('start.recentEmpty')}</p>
          ) : (
            <ul className="recent-list">
              {recent.map((path) => (
                <li key={path}>
                  <button
                    type="button"
                    className="recent-list__item"
                    title={path}
                    onClick={() => void run('recent', () => call('project/open', { path }))}
                  >
                    <span className="recent-list__name">{fileName(path)}</span>
                    <span className="recent-list__path">{path}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {error?.where === 'recent' && <ErrorNotice error={error.error} />}
        </section>
      </div>
    </main>
  );
}

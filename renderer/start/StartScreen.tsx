import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../app/contract/index.ts';
import { call, chooseFile, hasNativeFileDialogs } from '../api/client.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

interface Props {
  readonly onOpened: (project: ProjectInfo) => void;
  /** In Electron the File menu offers native file dialogs. */
  readonly hasNativeMenu: boolean;
}

function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

/**
 * Create a project, open one, or pick a recent one. In the desktop app the files are
 * chosen in native dialogs (the page never names a path); in the browser they are named
 * inside the folder the web shell was started for.
 */
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
    // null: the user cancelled a file dialog.
    action: () => Promise<ProjectInfo | null>,
  ): Promise<void> => {
    try {
      setError(null);
      const opened = await action();
      if (opened) onOpened(opened);
    } catch (caught) {
      setError({ where, error: caught });
    }
  };

  const nativeDialogs = hasNativeFileDialogs();
  const operation = (where: 'create' | 'open') => (where === 'create' ? 'project/create' : 'project/open');

  const submit = (where: 'create' | 'open', path: string) => (event: FormEvent) => {
    event.preventDefault();
    void run(where, () => call(operation(where), { path: path.trim() }));
  };

  // The dialog's handle stands for the path.
  const choose = (where: 'create' | 'open') => (event: FormEvent) => {
    event.preventDefault();
    void run(where, async () => {
      const file = await chooseFile(where === 'create' ? 'createProject' : 'openProject');
      return file ? call(operation(where), { path: file.handle }) : null;
    });
  };

  const pathField = (value: string, setValue: (value: string) => void, label: string) =>
    nativeDialogs ? null : (
      <label className="field">
        <span className="field__label">{label}</span>
        <input
          type="text"
          value={value}
          placeholder={t('start.pathPlaceholder')}
          spellCheck={false}
          onChange={(event) => setValue(event.target.value)}
        />
      </label>
    );

  return (
    <main className="start">
      <div className="start__intro">
        <h1 className="start__title">{t('app.name')}</h1>
        <p className="start__tagline">{t('start.tagline')}</p>
        {hasNativeMenu && <p className="muted">{t('start.menuHint')}</p>}
        {!nativeDialogs && <p className="muted">{t('projectFiles.folderHint')}</p>}
      </div>
      <div className="start__cards">
        <form
          className="card"
          onSubmit={nativeDialogs ? choose('create') : submit('create', createPath)}
          aria-labelledby="create-heading"
        >
          <h2 id="create-heading">{t('start.createHeading')}</h2>
          {pathField(createPath, setCreatePath, t('start.createLabel'))}
          <button
            type="submit"
            className="button button--primary"
            disabled={!nativeDialogs && createPath.trim() === ''}
          >
            {nativeDialogs ? t('projectFiles.chooseNew') : t('start.createButton')}
          </button>
          {error?.where === 'create' && <ErrorNotice error={error.error} />}
        </form>
        <form
          className="card"
          onSubmit={nativeDialogs ? choose('open') : submit('open', openPath)}
          aria-labelledby="open-heading"
        >
          <h2 id="open-heading">{t('start.openHeading')}</h2>
          {pathField(openPath, setOpenPath, t('start.openLabel'))}
          <button
            type="submit"
            className="button button--primary"
            disabled={!nativeDialogs && openPath.trim() === ''}
          >
            {nativeDialogs ? t('projectFiles.chooseExisting') : t('start.openButton')}
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

import { Fragment, useCallback, useEffect, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo, RecentProject } from '../../app/contract/index.ts';
import { call, chooseFile, chosenByDrop, hasNativeFileDialogs } from '../api/client.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { JoinDialog } from '../team/JoinDialog.tsx';
import { NewProjectFields } from './NewProjectFields.tsx';

interface Props {
  readonly onOpened: (project: ProjectInfo) => void;
  /** In Electron the File menu offers native file dialogs. */
  readonly hasNativeMenu: boolean;
}

function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

/** The words of the create and open forms. */
const FORM_TEXT = {
  create: {
    heading: 'start.createHeading',
    label: 'start.createLabel',
    button: 'start.createButton',
    choose: 'projectFiles.chooseNew',
  },
  open: {
    heading: 'start.openHeading',
    label: 'start.openLabel',
    button: 'start.openButton',
    choose: 'projectFiles.chooseExisting',
  },
} as const;

/**
 * Create a project, open one, or pick a recent one. In the desktop app the files are
 * chosen in native dialogs (the page never names a path); in the browser they are named
 * inside the folder the web shell was started for.
 */
export function StartScreen({ onOpened, hasNativeMenu }: Props) {
  const { t } = useTranslation();
  // What is typed in each form (browser only: the desktop app has native dialogs).
  const [typed, setTyped] = useState({ create: '', open: '' });
  const setCreatePath = useCallback(
    (path: string) => setTyped((current) => ({ ...current, create: path })),
    [],
  );
  const [recent, setRecent] = useState<readonly RecentProject[]>([]);
  const [joining, setJoining] = useState(false);
  // Each form shows its own error next to it.
  const [error, setError] = useState<{
    where: 'create' | 'open' | 'recent';
    error: unknown;
    /** A recent project that failed to open: its error shows under its row, where the eye is. */
    path?: string;
  } | null>(null);

  useEffect(() => {
    call('project/recentEntries', {})
      .then(setRecent)
      .catch((caught: unknown) => setError({ where: 'recent', error: caught }));
  }, []);

  const run = async (
    where: 'create' | 'open' | 'recent',
    // null: the user cancelled a file dialog.
    action: () => Promise<ProjectInfo | null>,
    path?: string,
  ): Promise<void> => {
    try {
      setError(null);
      const opened = await action();
      if (opened) onOpened(opened);
    } catch (caught) {
      setError(path === undefined ? { where, error: caught } : { where, error: caught, path });
    }
  };

  // Only the list changes: the project file, if any, is left where it is.
  const forget = (path: string) => {
    setError(null);
    call('project/forgetRecent', { recent: path })
      .then(setRecent)
      .catch((caught: unknown) => setError({ where: 'recent', error: caught }));
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

  // Desktop app: a .verbatim file dropped on the screen opens like one chosen in the dialog.
  const dropProps = nativeDialogs
    ? {
        onDragOver: (event: DragEvent) => event.preventDefault(),
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          const file = event.dataTransfer.files[0];
          if (!file) return;
          void run('open', async () => {
            const dropped = await chosenByDrop(file);
            return dropped ? call('project/open', { path: dropped.handle }) : null;
          });
        },
      }
    : {};

  return (
    <main className="start" {...dropProps}>
      <div className="start__intro">
        <h1 className="start__title">{t('app.name')}</h1>
        <p className="start__tagline">{t('start.tagline')}</p>
        {hasNativeMenu && <p className="muted">{t('start.menuHint')}</p>}
        {!nativeDialogs && <p className="muted">{t('projectFiles.folderHint')}</p>}
      </div>
      <div className="start__cards">
        {(['create', 'open'] as const).map((where) => (
          <form
            key={where}
            className="card"
            onSubmit={nativeDialogs ? choose(where) : submit(where, typed[where])}
            aria-labelledby={`${where}-heading`}
          >
            <h2 id={`${where}-heading`}>{t(FORM_TEXT[where].heading)}</h2>
            {!nativeDialogs && where === 'create' && <NewProjectFields onPath={setCreatePath} />}
            {!nativeDialogs && where === 'open' && (
              <label className="field">
                <span className="field__label">{t(FORM_TEXT[where].label)}</span>
                <input
                  type="text"
                  value={typed[where]}
                  placeholder={t('start.pathPlaceholder')}
                  spellCheck={false}
                  onChange={(event) => {
                    const value = event.target.value;
                    setTyped((current) => ({ ...current, [where]: value }));
                  }}
                />
              </label>
            )}
            <button
              type="submit"
              className="button button--primary"
              disabled={!nativeDialogs && typed[where].trim() === ''}
            >
              {nativeDialogs ? t(FORM_TEXT[where].choose) : t(FORM_TEXT[where].button)}
            </button>
            {error?.where === where && <ErrorNotice error={error.error} />}
          </form>
        ))}
        <section className="card" aria-labelledby="join-heading">
          <h2 id="join-heading">{t('teamServer.joinTitle')}</h2>
          <p className="muted small">{t('teamServer.joinHint')}</p>
          <button type="button" className="button" onClick={() => setJoining(true)}>
            {t('teamServer.join')}
          </button>
        </section>
        {joining && <JoinDialog onClose={() => setJoining(false)} onJoined={onOpened} />}
        <section className="card" aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('start.recentHeading')}</h2>
          {recent.length === 0 ? (
            <p className="muted">{t('start.recentEmpty')}</p>
          ) : (
            <ul className="recent-list">
              {recent.map(({ path, missing }) => (
                <Fragment key={path}>
                  <li className={missing ? 'recent-list__row recent-list__row--missing' : 'recent-list__row'}>
                    <button
                      type="button"
                      className="recent-list__item"
                      title={path}
                      disabled={missing}
                      onClick={() => void run('recent', () => call('project/open', { path }), path)}
                    >
                      <span className="recent-list__name">{fileName(path)}</span>
                      <span className="recent-list__path">{path}</span>
                      {missing && <span className="recent-list__missing">{t('start.recentMissing')}</span>}
                    </button>
                    <button
                      type="button"
                      className="button button--quiet recent-list__forget"
                      aria-label={t('start.recentForget', { name: fileName(path) })}
                      title={t('start.recentForget', { name: fileName(path) })}
                      onClick={() => forget(path)}
                    >
                      {t('start.recentForgetShort')}
                    </button>
                  </li>
                  {error?.where === 'recent' && error.path === path && (
                    <li className="recent-list__error">
                      <ErrorNotice error={error.error} />
                    </li>
                  )}
                </Fragment>
              ))}
            </ul>
          )}
          {error?.where === 'recent' && error.path === undefined && <ErrorNotice error={error.error} />}
        </section>
      </div>
    </main>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectInfo } from '../../app/contract/index.ts';
import { call, onMenuCommand } from '../api/client.ts';
import { queries } from '../api/useQuery.ts';
import { ProjectFileButtons } from '../backups/ProjectFileButtons.tsx';
import { StartScreen } from '../start/StartScreen.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Workspace } from '../workspace/Workspace.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { guardLeave } from '../transcript/edit/leaveGuard.ts';

type ProjectState =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly project: ProjectInfo | null };

export function App() {
  const { t } = useTranslation();
  const [state, setState] = useState<ProjectState>({ status: 'loading' });
  const [error, setError] = useState<unknown>(null);
  // Bumped when the native menu changed documents behind the UI's back.
  const [menuRevision, setMenuRevision] = useState(0);
  // Bumped when a backup replaced the project file: the workspace reloads everything.
  const [restoreCount, setRestoreCount] = useState(0);

  // Nothing read from the previous project may show in the next one, even for a moment.
  const show = useCallback((project: ProjectInfo | null) => {
    queries.reset();
    setState({ status: 'ready', project });
  }, []);

  const refreshProject = useCallback(() => {
    call('project/current', {})
      .then((project) => {
        setError(null);
        show(project);
      })
      .catch((caught: unknown) => {
        setError(caught);
        show(null);
      });
  }, [show]);

  useEffect(() => {
    refreshProject();
    // In Electron the main process opens projects and imports files from its menu.
    return onMenuCommand((command) => {
      if (command === 'project-changed') refreshProject();
      if (command === 'documents-changed') setMenuRevision((value) => value + 1);
    });
  }, [refreshProject]);

  const closeProject = async (): Promise<void> => {
    try {
      await call('project/close', {});
      show(null);
    } catch (caught) {
      setError(caught);
    }
  };

  const project = state.status === 'ready' ? state.project : null;
  const projectName = project?.name ?? null;
  // The window title names the project, as in any desktop application.
  useEffect(() => {
    document.title = projectName ? `${projectName} — ${t('app.name')}` : t('app.name');
  }, [projectName, t]);
  return (
    <div className="app">
      {project && (
        // First tab stop: straight to the transcript past the top bar and side panels.
        <a
          className="skip-link"
          href="#transcript"
          onClick={(event) => {
            event.preventDefault();
            const target =
              document.querySelector<HTMLElement>('.transcript__scroll') ??
              document.querySelector<HTMLElement>('main');
            target?.focus();
          }}
        >
          {t('skipLink.transcript')}
        </a>
      )}
      <header className="topbar">
        <span className="topbar__brand">{t('app.name')}</span>
        {project && (
          <span className="topbar__project" title={project.path}>
            {project.name}
          </span>
        )}
        {/* The workspace puts its Undo and Redo buttons here (a portal). */}
        <div id="topbar-history" className="topbar__history" />
        <span className="topbar__spacer" />
        {/* The workspace puts the coder identity ("You: …") here (a portal). */}
        <div id="topbar-identity" className="topbar__identity" />
        <LanguageSwitcher />
        {project && (
          <ProjectFileButtons
            onRestored={(restored) => {
              setRestoreCount((value) => value + 1);
              show(restored);
            }}
          />
        )}
        {project && (
          <button
            type="button"
            className="button button--quiet topbar__close"
            onClick={() => guardLeave(() => void closeProject())}
          >
            {t('app.closeProject')}
          </button>
        )}
      </header>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
      {state.status === 'loading' ? (
        <p className="muted centre__empty">{t('app.loading')}</p>
      ) : project ? (
        <Workspace
          key={`${project.path}#${restoreCount}`}
          project={project}
          externalRevision={menuRevision}
        />
      ) : (
        <StartScreen hasNativeMenu={window.verbatim !== undefined} onOpened={show} />
      )}
    </div>
  );
}

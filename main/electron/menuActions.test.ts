import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { WireResult } from '../../app/errors.ts';
import type { MenuEvent } from './channels.ts';
import type { Dispatcher } from './ipc.ts';
import { createMenuActions, type Dialogs } from './menuActions.ts';

vi.mock('electron', () => ({}));

const documentsDir = join('/home', 'ana', 'Documents');
const projectInfo = { path: '/p/study.verbatim', name: 'study', documentCount: 0, codeCount: 0 };

function setup(options: { locale?: string; answers?: Record<string, WireResult<unknown>> } = {}) {
  const answers = options.answers ?? {};
  const dispatch = vi.fn<Dispatcher>(async (name) => answers[name] ?? { ok: true, data: projectInfo });
  const dialogs = {
    save: vi.fn<Dialogs['save']>(async () => undefined),
    open: vi.fn<Dialogs['open']>(async () => []),
    info: vi.fn<Dialogs['info']>(async () => undefined),
    error: vi.fn<Dialogs['error']>(),
  };
  const notify = vi.fn<(event: MenuEvent) => void>();
  const writeTextFile = vi.fn<(path: string, content: string) => Promise<void>>(async () => undefined);
  const actions = createMenuActions({
    dispatch,
    dialogs,
    notify,
    writeTextFile,
    locale: options.locale ?? 'en-GB',
    documentsDir,
    appVersion: '0.1.0',
    runtimeVersions: { electron: '38.8.6', chrome: '140', node: '22' },
  });
  return { actions, dispatch, dialogs, notify, writeTextFile };
}

describe('New project…', () => {
  it('asks for a .verbatim path, creates the project and tells the renderer', async () => {
    const { actions, dispatch, dialogs, notify } = setup();
    dialogs.save.mockResolvedValueOnce('/p/study.verbatim');
    await actions.newProject();
    expect(dialogs.save.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: join(documentsDir, 'Untitled.verbatim'),
      filters: [{ name: 'Verbatim project', extensions: ['verbatim'] }],
    });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('project/create', { path: '/p/study.verbatim' });
    expect(notify).toHaveBeenCalledExactlyOnceWith('project-changed');
  });

  it('adds the extension the Linux save dialog leaves out', async () => {
    const { actions, dispatch, dialogs } = setup();
    dialogs.save.mockResolvedValueOnce('/p/study');
    await actions.newProject();
    expect(dispatch).toHaveBeenCalledWith('project/create', { path: '/p/study.verbatim' });
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { actions, dispatch, notify } = setup();
    await actions.newProject();
    expect(dispatch).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });

  it('shows the backend message when creation fails and does not notify', async () => {
    const { actions, dialogs, notify } = setup({
      answers: {
        'project/create': { ok: false, error: { code: 'FILE_EXISTS', message: 'A file already exists' } },
      },
    });
    dialogs.save.mockResolvedValueOnce('/p/study.verbatim');
    await actions.newProject();
    expect(dialogs.error).toHaveBeenCalledExactlyOnceWith('Verbatim', 'A file already exists');
    expect(notify).not.toHaveBeenCalled();
  });

  it('speaks French to a French locale', async () => {
    const { actions, dialogs } = setup({ locale: 'fr-FR' });
    await actions.newProject();
    expect(dialogs.save.mock.calls[0]?.[0]).toMatchObject({
      title: 'Créer un nouveau projet',
      defaultPath: join(documentsDir, 'Sans titre.verbatim'),
      filters: [{ name: 'Projet Verbatim', extensions: ['verbatim'] }],
    });
  });
});

describe('Open project…', () => {
  it('opens the chosen file and tells the renderer', async () => {
    const { actions, dispatch, dialogs, notify } = setup();
    dialogs.open.mockResolvedValueOnce(['/p/study.verbatim']);
    await actions.openProject();
    expect(dialogs.open.mock.calls[0]?.[0]).toMatchObject({ properties: ['openFile'] });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('project/open', { path: '/p/study.verbatim' });
    expect(notify).toHaveBeenCalledExactlyOnceWith('project-changed');
  });

  it('openProjectAt reports failure with an error box and returns false', async () => {
    const { actions, dialogs, notify } = setup({
      answers: {
        'project/open': {
          ok: false,
          error: { code: 'NOT_A_PROJECT', message: 'x is not a Verbatim project file.' },
        },
      },
    });
    await expect(actions.openProjectAt('/tmp/x.verbatim')).resolves.toBe(false);
    expect(dialogs.error).toHaveBeenCalledWith('Verbatim', 'x is not a Verbatim project file.');
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('Import transcripts…', () => {
  it('imports the chosen files, refreshes documents and summarises the result', async () => {
    const report = {
      imported: [{ id: 1, name: 'a', length: 10, segmentCount: 2 }],
      failed: [{ file: 'b.md', message: 'empty file' }],
    };
    const { actions, dispatch, dialogs, notify } = setup({
      answers: { 'documents/importPaths': { ok: true, data: report } },
    });
    dialogs.open.mockResolvedValueOnce(['/t/a.txt', '/t/b.md']);
    await actions.importTranscripts();
    expect(dialogs.open.mock.calls[0]?.[0]).toMatchObject({
      filters: [{ name: 'Transcripts', extensions: ['txt', 'md'] }],
      properties: ['openFile', 'multiSelections'],
    });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('documents/importPaths', {
      paths: ['/t/a.txt', '/t/b.md'],
    });
    expect(notify).toHaveBeenCalledExactlyOnceWith('documents-changed');
    expect(dialogs.info).toHaveBeenCalledExactlyOnceWith({
      title: 'Import finished',
      message: '1 transcript imported, 1 file could not be imported.',
      detail: 'b.md: empty file',
    });
  });

  it('summarises in French', async () => {
    const report = { imported: [{ id: 1 }, { id: 2 }], failed: [] };
    const { actions, dialogs } = setup({
      locale: 'fr',
      answers: { 'documents/importPaths': { ok: true, data: report } },
    });
    dialogs.open.mockResolvedValueOnce(['/t/a.txt', '/t/b.txt']);
    await actions.importTranscripts();
    expect(dialogs.info).toHaveBeenCalledWith({
      title: 'Import terminé',
      message: '2 transcriptions importées.',
    });
  });

  it('shows the error (e.g. no project open) and refreshes nothing', async () => {
    const { actions, dialogs, notify } = setup({
      answers: {
        'documents/importPaths': { ok: false, error: { code: 'NO_PROJECT', message: 'No project is open' } },
      },
    });
    dialogs.open.mockResolvedValueOnce(['/t/a.txt']);
    await actions.importTranscripts();
    expect(dialogs.error).toHaveBeenCalledWith('Verbatim', 'No project is open');
    expect(dialogs.info).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('Export excerpts (Markdown)…', () => {
  const exported = {
    ok: true,
    data: { fileName: 'study-excerpts.md', mimeType: 'text/markdown', content: '# Excerpts\n' },
  } as const;

  it('renders Markdown in the UI language, asks where, and writes the file', async () => {
    const { actions, dispatch, dialogs, writeTextFile } = setup({
      locale: 'fr-FR',
      answers: { 'exports/excerpts': exported },
    });
    dialogs.save.mockResolvedValueOnce('/out/extraits');
    await actions.exportExcerpts();
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('exports/excerpts', { format: 'md', language: 'fr' });
    expect(dialogs.save.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: join(documentsDir, 'study-excerpts.md'),
    });
    expect(writeTextFile).toHaveBeenCalledExactlyOnceWith('/out/extraits.md', '# Excerpts\n');
    expect(dialogs.info).toHaveBeenCalledWith({
      title: 'Export terminé',
      message: 'Les extraits ont été enregistrés dans /out/extraits.md.',
    });
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { actions, writeTextFile } = setup({ answers: { 'exports/excerpts': exported } });
    await actions.exportExcerpts();
    expect(writeTextFile).not.toHaveBeenCalled();
  });

  it('reports a write failure', async () => {
    const { actions, dialogs, writeTextFile } = setup({ answers: { 'exports/excerpts': exported } });
    dialogs.save.mockResolvedValueOnce('/read-only/x.md');
    writeTextFile.mockRejectedValueOnce(new Error('EACCES: permission denied'));
    await actions.exportExcerpts();
    expect(dialogs.error).toHaveBeenCalledWith('Verbatim', 'EACCES: permission denied');
    expect(dialogs.info).not.toHaveBeenCalled();
  });

  it('does not ask for a path when there is nothing to export', async () => {
    const { actions, dialogs } = setup({
      answers: {
        'exports/excerpts': { ok: false, error: { code: 'NO_PROJECT', message: 'No project is open' } },
      },
    });
    await actions.exportExcerpts();
    expect(dialogs.save).not.toHaveBeenCalled();
    expect(dialogs.error).toHaveBeenCalledWith('Verbatim', 'No project is open');
  });
});

describe('About', () => {
  it('shows the version and runtime', async () => {
    const { actions, dialogs } = setup();
    await actions.about();
    expect(dialogs.info.mock.calls[0]?.[0].detail).toContain('Version 0.1.0');
    expect(dialogs.info.mock.calls[0]?.[0].detail).toContain('Electron 38.8.6');
  });
});

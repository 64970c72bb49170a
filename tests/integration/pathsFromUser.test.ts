import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OperationName } from '../../app/contract/api.ts';
import type { WireResult } from '../../app/errors.ts';
import { pathOperations } from '../../app/operationAccess.ts';
import type { BackendClose, BackendRequest, BackendResponse } from '../../main/electron/backendChannel.ts';
import { backendDispatchers } from '../../main/electron/backendClient.ts';
import { serveBackend } from '../../main/electron/backendServer.ts';
import { ChosenPaths, electronDispatchers } from '../../main/electron/chosenPaths.ts';
import { createCallHandler, type Dispatcher } from '../../main/electron/ipc.ts';
import { startWebServer, type RunningWebServer } from '../../main/web/server.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/**
 * Issue 12, item 3: script in the page must not name a file the user did not choose. Every
 * operation of the contract with a path field (found from the schemas, not listed by hand)
 * is called through the Electron IPC handler and through the web shell with paths the user
 * never chose; each must be refused, and nothing must be created, read or opened.
 */
vi.mock('electron', () => ({}));

const root = makeTempDir('paths-from-user');
const shellFolder = join(root, 'shell-folder');
const outside = join(root, 'outside');
mkdirSync(shellFolder);
mkdirSync(outside);
const secret = join(outside, 'interview-secret.txt');
writeFileSync(secret, 'Speaker: a secret the page must not read\n');
const colleague = join(outside, 'colleague.verbatim');
const authorizedKeys = join(outside, 'authorized_keys');
const sneakyProject = join(outside, 'sneaky.verbatim');
/** Copies written by the routes' saveCopy checks, numbered so that each route writes its own. */
let copies = 0;

/** Paths the user did not choose, for each kind of path operation. */
function attacks(name: OperationName): string[] {
  const reads = [
    secret,
    colleague,
    `${shellFolder}/../outside/colleague.verbatim`,
    '../outside/colleague.verbatim',
  ];
  return name === 'project/create' ? [authorizedKeys, sneakyProject, '../outside/sneaky.verbatim'] : reads;
}

/** The other fields an operation needs to be valid, so that only its path is in question. */
const OTHER_FIELDS: Partial<Record<OperationName, Record<string, unknown>>> = {
  'exports/excerptsToFile': { format: 'csv' },
  'exports/excerptsToFileJob': { format: 'csv' },
  'exports/codebookToFileJob': { format: 'md' },
  'team/join': { url: 'postgresql://nobody@127.0.0.1:1/none' },
  'exports/matrixToFileJob': { matrix: { columns: 'documents', measure: 'count' }, format: 'csv' },
  'summaries/exportToFileJob': { format: 'xlsx' },
};

function inputWith(name: OperationName, sent: string): Record<string, unknown> {
  const fields = pathOperations().get(name) ?? [];
  return {
    ...OTHER_FIELDS[name],
    ...Object.fromEntries(fields.map(({ key, many }) => [key, many ? [sent] : sent])),
  };
}

const operations = [...pathOperations().keys()];
const session = testSession();
const ownProject = join(shellFolder, 'own.verbatim');

function expectRefused(result: WireResult<unknown>, label: string): void {
  expect(result.ok, label).toBe(false);
  if (!result.ok) expect(result.error.code, `${label}: ${result.error.message}`).toBe('NOT_ALLOWED');
}

async function expectNothingHappened(): Promise<void> {
  expect(existsSync(authorizedKeys)).toBe(false);
  expect(existsSync(sneakyProject)).toBe(false);
  // The open project is still ours, with nothing imported or merged into it.
  expect((await call(session, 'project/current', {}))?.path).toBe(ownProject);
  expect(await call(session, 'documents/list', {})).toEqual([]);
}

beforeAll(async () => {
  // A colleague's project outside the folder, made elsewhere (not among this session's recent projects).
  const elsewhere = testSession();
  await call(elsewhere, 'project/create', { path: colleague });
  await call(elsewhere, 'documents/importPaths', { paths: [secret] });
  elsewhere.close();
  await call(session, 'project/create', { path: ownProject });
});

describe('every path operation is found', () => {
  it('covers project create, open, merge preview, merge and import by path', () => {
    expect(operations).toEqual(
      expect.arrayContaining([
        'project/create',
        'project/open',
        'project/mergePreview',
        'project/merge',
        'documents/importPaths',
        'exports/excerptsToFileJob',
        'exchange/exportProjectToFileJob',
        'exports/codebookToFileJob',
      ]),
    );
  });
});

/**
 * The desktop app's two routes into dispatch: in main (electronDispatchers), and forwarded
 * to the backend process (main resolves the handles, the backend takes the paths as they
 * come), here over an in-process channel with the same messages.
 */
function backendRoute(chosen: ChosenPaths): Dispatcher {
  let toBackend: ((message: BackendRequest | BackendClose) => void) | null = null;
  let toMain: ((message: BackendResponse) => void) | null = null;
  serveBackend(
    {
      send: (message) => toMain?.(message),
      onMessage: (listener) => (toBackend = listener),
      onClose: () => undefined,
    },
    session,
    () => undefined,
  );
  return backendDispatchers(
    {
      send: (message) => toBackend?.(message),
      onMessage: (listener) => (toMain = listener),
      onClose: () => undefined,
    },
    chosen,
    () => session.options.recent.list(),
  ).fromRenderer;
}

describe.each([
  ['in main', (chosen: ChosenPaths) => electronDispatchers(session, chosen).fromRenderer],
  ['forwarded to the backend process', backendRoute],
])('through Electron IPC (the page in the desktop app), dispatch %s', (_route, dispatcherFor) => {
  const indexUrl = 'file:///opt/Verbatim/resources/app.asar/out/renderer/index.html';
  const mainFrame = { url: indexUrl, parent: null };
  const webContents = { id: 1 };
  const window = { webContents, isDestroyed: () => false } as unknown as BrowserWindow;
  const event = { sender: webContents, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
  const chosen = new ChosenPaths();
  const handler = createCallHandler({
    dispatch: dispatcherFor(chosen),
    getWindow: () => window,
    indexUrl,
  });

  it.each(operations)('%s refuses every path the user did not choose in a dialog', async (name) => {
    for (const sent of attacks(name)) {
      expectRefused(await handler(event, name, inputWith(name, sent)), `${name} ${sent}`);
    }
    // A made-up handle is no better than a path.
    expectRefused(
      await handler(event, name, inputWith(name, 'chosen:00000000-0000-0000-0000-000000000000')),
      name,
    );
    await expectNothingHappened();
  });

  it('accepts the same file once the user chose it in the native dialog', async () => {
    const { handle } = chosen.remember(colleague, 'mergeProject');
    const preview = await handler(event, 'project/mergePreview', { path: handle });
    expect(preview).toMatchObject({ ok: true, data: { added: { documents: 1 } } });
  });

  it('accepts a handle only for the purpose it was chosen for, and only a .verbatim file', async () => {
    const opened = chosen.remember(colleague, 'openProject').handle;
    const forCopy = chosen.remember(join(outside, 'copy.verbatim'), 'saveCopy').handle;
    const attempts: [OperationName, Record<string, unknown>][] = [
      ['documents/importPaths', { paths: [opened] }],
      ['project/saveCopy', { path: opened }],
      ['project/merge', { path: opened }],
      ['project/create', { path: forCopy }],
      ['project/open', { path: chosen.remember(secret, 'openProject').handle }],
      ['project/mergePreview', { path: chosen.remember(secret, 'mergeProject').handle }],
    ];
    for (const [name, input] of attempts) expectRefused(await handler(event, name, input), name);
    expect(existsSync(join(outside, 'copy.verbatim'))).toBe(false);
    await expectNothingHappened();
    // Each route (in-process, forwarded to the backend) writes a copy of its own.
    copies += 1;
    const upperCase = chosen.remember(join(outside, `COPY-${copies}.VERBATIM`), 'saveCopy').handle;
    expect(await handler(event, 'project/saveCopy', { path: upperCase })).toMatchObject({ ok: true });
  });

  it('writes an export only to a file chosen in an export save dialog, with its extensions', async () => {
    const excerpts = join(outside, `excerpts-${copies}.csv`);
    const qdpx = join(outside, `project-${copies}.qdpx`);
    const codebook = join(outside, `codebook-${copies}.md`);
    const refused: [OperationName, Record<string, unknown>][] = [
      // A file chosen to open, or to save a copy of the project, is no export target…
      ['exports/excerptsToFileJob', { format: 'csv', out: chosen.remember(excerpts, 'openProject').handle }],
      ['exchange/exportProjectToFileJob', { out: chosen.remember(qdpx, 'saveCopy').handle }],
      // …nor is one chosen for the other export,
      ['exchange/exportProjectToFileJob', { out: chosen.remember(qdpx, 'exportExcerpts').handle }],
      // and an export never overwrites a project or a transcript.
      [
        'exports/excerptsToFileJob',
        { format: 'csv', out: chosen.remember(colleague, 'exportExcerpts').handle },
      ],
      ['exports/excerptsToFileJob', { format: 'md', out: chosen.remember(secret, 'exportExcerpts').handle }],
      ['exchange/exportProjectToFileJob', { out: chosen.remember(colleague, 'exportProject').handle }],
      [
        'exports/codebookToFileJob',
        { format: 'md', out: chosen.remember(excerpts, 'exportExcerpts').handle },
      ],
      [
        'exports/codebookToFileJob',
        { format: 'md', out: chosen.remember(colleague, 'exportCodebook').handle },
      ],
    ];
    for (const [name, input] of refused) expectRefused(await handler(event, name, input), name);
    for (const [name, input, path] of [
      [
        'exports/excerptsToFileJob',
        { format: 'csv', out: chosen.remember(excerpts, 'exportExcerpts').handle },
        excerpts,
      ],
      ['exchange/exportProjectToFileJob', { out: chosen.remember(qdpx, 'exportProject').handle }, qdpx],
      [
        'exports/codebookToFileJob',
        { format: 'md', out: chosen.remember(codebook, 'exportCodebook').handle },
        codebook,
      ],
    ] as const) {
      const started = await handler(event, name, input);
      expect(started, name).toMatchObject({ ok: true });
      if (!started.ok) continue;
      const { jobId } = started.data as { jobId: string };
      await session.jobs.wait(jobId);
      expect(await call(session, 'jobs/status', { id: jobId })).toMatchObject({
        state: 'done',
        result: { path },
      });
      expect(existsSync(path)).toBe(true);
    }
    await expectNothingHappened();
  });

  it('opens a recent project (one the user opened before) by its path', async () => {
    expect(await handler(event, 'project/open', { path: ownProject })).toMatchObject({ ok: true });
    // …but recent paths are not a way to create or import files.
    expectRefused(await handler(event, 'documents/importPaths', { paths: [ownProject] }), 'import recent');
  });
});

describe('through the web shell (the page in a browser)', () => {
  let server: RunningWebServer;
  beforeAll(async () => {
    server = await startWebServer({ session, staticDir: join(root, 'no-static'), projectDir: shellFolder });
  });
  afterAll(async () => server.close());

  function post(name: string, input: unknown): Promise<WireResult<unknown>> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/${name}`,
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Verbatim-Token': server.token },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          res.on('end', () => resolve(JSON.parse(body) as WireResult<unknown>));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(input));
    });
  }

  it.each(operations)('%s refuses every path outside the shell’s folder', async (name) => {
    for (const sent of attacks(name)) {
      expectRefused(await post(name, inputWith(name, sent)), `${name} ${sent}`);
    }
    await expectNothingHappened();
  });

  it('refuses a transcript named by path even inside the folder: transcripts arrive as uploads', async () => {
    const inside = join(shellFolder, 'notes.txt');
    writeFileSync(inside, 'Speaker: inside the folder\n');
    expectRefused(await post('documents/importPaths', { paths: [inside] }), 'importPaths');
    await expectNothingHappened();
  });

  it('opens and merges .verbatim files inside its folder', async () => {
    const theirs = join(shellFolder, 'theirs.verbatim');
    expect(await post('project/create', { path: 'theirs' })).toMatchObject({
      ok: true,
      data: { path: theirs },
    });
    expect(await post('project/open', { path: 'own.verbatim' })).toMatchObject({
      ok: true,
      data: { path: ownProject },
    });
    expect(await post('project/mergePreview', { path: theirs })).toMatchObject({ ok: true });
  });
});

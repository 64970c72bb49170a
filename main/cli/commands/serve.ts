import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRecentProjectsStore } from '../../recentProjects.ts';
import { defaultConfigDir } from '../../userConfig.ts';
import { ensureRendererBuilt } from '../../web/rendererBuild.ts';
import { startWebServer } from '../../web/server.ts';
import { integerOption, parseCommandArgs } from '../args.ts';
import { callerFor, newSession } from '../backend.ts';
import { CliError, type CliIo } from '../output.ts';

const USAGE = 'verbatim serve [FILE] [--dir DIR] [--port N]';

/** The folder whose .verbatim files the page may use: --dir, else the file's, else the current one. */
function projectFolder(dir: string | undefined, file: string | undefined): string {
  const folder = resolve(dir ?? (file === undefined ? '.' : dirname(resolve(file))));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new CliError(`The folder ${folder} does not exist.\nUsage: ${USAGE}`, 2);
  }
  return folder;
}

/** Starts the web shell and keeps running until the process is stopped (Ctrl+C). */
export async function serveCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      port: { type: 'string' },
      dir: { type: 'string' },
    },
    USAGE,
  );
  const port = values.port === undefined ? 0 : integerOption(values.port, 'port', USAGE);
  const session = newSession(createRecentProjectsStore(defaultConfigDir()), {
    appName: 'the Verbatim web shell',
    automaticBackups: true,
    interactive: true,
  });
  const [file] = positionals;
  const projectDir = projectFolder(values.dir, file);
  if (file !== undefined) await callerFor(session)('project/open', { path: file });
  const staticDir = await ensureRendererBuilt((line) => io.err(line));
  const server = await startWebServer({ session, staticDir, port, projectDir });
  io.out(
    `Verbatim is running. Open this address in your browser:\n${server.url}\n` +
      `Projects are created and opened in ${projectDir}.\nPress Ctrl+C to stop.`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void server.close().then(() => {
        session.close();
        resolve();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

import { createRecentProjectsStore } from '../../recentProjects.ts';
import { defaultConfigDir } from '../../userConfig.ts';
import { ensureRendererBuilt } from '../../web/rendererBuild.ts';
import { startWebServer } from '../../web/server.ts';
import { integerOption, parseCommandArgs } from '../args.ts';
import { callerFor, newSession } from '../backend.ts';
import type { CliIo } from '../output.ts';

const USAGE = 'verbatim serve [FILE] [--port N]';

/** Starts the web shell and keeps running until the process is stopped (Ctrl+C). */
export async function serveCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(argv, { port: { type: 'string' } }, USAGE);
  const port = values.port === undefined ? 0 : integerOption(values.port, 'port', USAGE);
  const session = newSession(createRecentProjectsStore(defaultConfigDir()), {
    appName: 'the Verbatim web shell',
    automaticBackups: true,
  });
  const [file] = positionals;
  if (file !== undefined) await callerFor(session)('project/open', { path: file });
  const staticDir = await ensureRendererBuilt((line) => io.err(line));
  const server = await startWebServer({ session, staticDir, port });
  io.out(`Verbatim is running. Open this address in your browser:\n${server.url}\nPress Ctrl+C to stop.`);
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

import type { InputOf, OperationName, OutputOf } from '../../app/contract/api.ts';
import { dispatch } from '../../app/dispatch.ts';
import { CLI_CALLER } from '../../app/operationAccess.ts';
import { ProjectSession, type RecentProjectsStore } from '../../app/session.ts';
import { createIdentityStore } from '../identityStore.ts';
import { defaultCoderName, defaultConfigDir } from '../userConfig.ts';
import { CliError } from './output.ts';

/** The CLI never touches the desktop's recent-projects list. */
const noRecent: RecentProjectsStore = {
  list: () => [],
  remembered: () => [],
  remember: () => undefined,
  forget: () => undefined,
};

/** A typed call through the same contract and handlers as the UI. */
export type Call = <N extends OperationName>(name: N, input: InputOf<N>) => Promise<OutputOf<N>>;

/**
 * The CLI records codings under the coder identity set in the app, if any. Its commands
 * take no automatic backups (a script may run hundreds); `verbatim backup` asks for one and
 * the web shell (`serve`) takes them like the desktop app.
 */
export function newSession(
  recent: RecentProjectsStore = noRecent,
  kind: { readonly appName: string; readonly automaticBackups: boolean; readonly interactive?: boolean } = {
    appName: 'the verbatim command',
    automaticBackups: false,
  },
): ProjectSession {
  return new ProjectSession({
    recent,
    identity: createIdentityStore(defaultConfigDir()),
    defaultCoder: defaultCoderName(),
    appName: kind.appName,
    backups: { configDir: defaultConfigDir(), automatic: kind.automaticBackups },
    warmAnalysis: kind.interactive === true,
    // The web shell syncs a linked project in the background; a command syncs when told.
    teamBackground: kind.interactive === true,
    tasksInThread: kind.interactive !== true,
  });
}

export function callerFor(session: ProjectSession): Call {
  return async (name, input) => {
    const result = await dispatch(session, name, input, CLI_CALLER);
    if (!result.ok) throw new CliError(result.error.message);
    return result.data as never;
  };
}

/** Opens (or creates) the project, runs `work`, and always closes the file. */
export async function withProject<T>(
  file: string,
  work: (call: Call) => Promise<T>,
  mode: 'open' | 'create' = 'open',
): Promise<T> {
  const session = newSession();
  const call = callerFor(session);
  try {
    await call(mode === 'open' ? 'project/open' : 'project/create', { path: file });
    return await work(call);
  } finally {
    session.close();
  }
}

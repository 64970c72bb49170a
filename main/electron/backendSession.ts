import { ProjectSession } from '../../app/session.ts';
import { createIdentityStore } from '../identityStore.ts';
import { createRecentProjectsStore } from '../recentProjects.ts';
import { defaultCoderName, defaultConfigDir } from '../userConfig.ts';
import type {
  BackendChannel,
  BackendClose,
  BackendRequest,
  BackendResponse,
  BackendStart,
} from './backendChannel.ts';
import { serveBackend } from './backendServer.ts';

/**
 * The desktop app's one session: recent projects and identity in the user's data folder,
 * backups in the config folder of every shell (CLI, web shell), not userData
 * (~/.config/Verbatim on Linux): `verbatim pseudonymise` must find and purge the backups
 * the app took.
 */
export function createDesktopSession({ userData, nativeBinding }: BackendStart): ProjectSession {
  return new ProjectSession({
    recent: createRecentProjectsStore(userData),
    identity: createIdentityStore(userData),
    defaultCoder: defaultCoderName(),
    appName: 'the Verbatim app',
    backups: { configDir: defaultConfigDir() },
    warmAnalysis: true,
    teamBackground: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}

/** The whole backend process: the session, serving main's calls until main says close. */
export function runBackend(
  channel: BackendChannel<BackendRequest | BackendClose, BackendResponse>,
  start: BackendStart,
  exit: () => void,
): void {
  serveBackend(channel, createDesktopSession(start), exit);
}

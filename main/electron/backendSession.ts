import { ProjectSession } from '../../app/session.ts';
import { createIdentityStore } from '../identityStore.ts';
import { createRecentProjectsStore } from '../recentProjects.ts';
import { defaultCoderName } from '../userConfig.ts';
import type {
  BackendChannel,
  BackendClose,
  BackendRequest,
  BackendResponse,
  BackendStart,
} from './backendChannel.ts';
import { serveBackend } from './backendServer.ts';

/** The desktop app's one session: its stores and backups in the user's data folder. */
export function createDesktopSession({ userData, nativeBinding }: BackendStart): ProjectSession {
  return new ProjectSession({
    recent: createRecentProjectsStore(userData),
    identity: createIdentityStore(userData),
    defaultCoder: defaultCoderName(),
    appName: 'the Verbatim app',
    backups: { configDir: userData },
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

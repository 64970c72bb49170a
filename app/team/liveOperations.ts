import { outsideProject, read, type OperationGroup } from '../registration/registry.ts';
import { teamStatus } from './sync.ts';

// The open project's background sync (app/team/background.ts), for the Team panel. None
// reads the project's rows: they report what the session's background sync is doing.
export const teamActivityOperations = {
  'team/activity': outsideProject((_input, session) => session.team.activity()),
  // A long poll: answers when the activity changed since `since` (a pull brought changes,
  // the connection state moved), or unchanged after ~25 s; the page then asks again.
  'team/waitForChange': outsideProject(({ since }, session) => session.team.waitForChange(since)),
  // The member's password for this session (the web shell's form; the desktop app's from
  // the OS keychain, handed over by main). Never written to the project.
  'team/usePassword': read(({ password }, session) => {
    const status = teamStatus(session.db());
    session.team.rememberPassword(status.url, password);
    return status;
  }),
} satisfies OperationGroup;

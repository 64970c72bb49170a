import {
  latestServerSchemaVersion,
  readServerState,
  type ServerClient,
  type ServerState,
} from '../../db/team/server.ts';
import { AppError } from '../errors.ts';
import { memberOfUrl } from './connection.ts';

function serverName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

/**
 * The server's state once it is known to hold a Verbatim team project this version can
 * read, and the caller to be one of its members; else the AppError that says which.
 */
export async function requireTeamProject(
  client: ServerClient,
  url: string,
): Promise<ServerState & { project: NonNullable<ServerState['project']> }> {
  const state = await readServerState(client);
  const server = serverName(url);
  if (state.closed) throw notMember(url);
  if (state.schemaVersion === null || state.project === null) {
    throw new AppError('TEAM_SERVER', `The database at ${server} does not hold a Verbatim team project.`, {
      key: 'teamNotTeamDatabase',
      params: { server },
    });
  }
  if (state.schemaVersion > latestServerSchemaVersion) {
    throw new AppError(
      'NEWER_VERSION',
      'The team server was set up by a newer version of Verbatim; update Verbatim.',
      {
        key: 'teamSchemaNewer',
      },
    );
  }
  if (state.role === null) throw notMember(url);
  return { ...state, project: state.project };
}

function notMember(url: string): AppError {
  const member = memberOfUrl(url);
  const server = serverName(url);
  return new AppError('NOT_ALLOWED', `${member} is not a member of the team project at ${server}.`, {
    key: 'teamNotMember',
    params: { member, server },
  });
}

export function alreadyPublished(url: string): AppError {
  const server = serverName(url);
  return new AppError('CONFLICT', `The database at ${server} already holds a Verbatim team project.`, {
    key: 'teamAlreadyPublished',
    params: { server },
  });
}

export function alreadyLinked(url: string): AppError {
  return new AppError(
    'CONFLICT',
    `This project is already linked to the team server at ${serverName(url)}.`,
    {
      key: 'teamAlreadyLinked',
      params: { server: serverName(url) },
    },
  );
}

export function notLinked(): AppError {
  return new AppError(
    'CONFLICT',
    'This project is not linked to a team server; publish it or join a team project.',
    {
      key: 'teamNotLinked',
    },
  );
}

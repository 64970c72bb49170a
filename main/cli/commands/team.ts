import type { TeamMember, TeamStatus, TeamSyncReport } from '../../../app/contract/team.ts';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { callerFor, newSession, withProject, type Call } from '../backend.ts';
import { printCommandJson } from '../json/schemas.ts';
import { CliError, type CliIo } from '../output.ts';

const USAGE = `verbatim team publish FILE URL [--password-env VAR] [--json]
  verbatim team join URL FILE [--password-env VAR] [--json]
  verbatim team sync FILE [--password-env VAR] [--json]
  verbatim team status FILE [--json]
  verbatim team members FILE [--password-env VAR] [--json]
  verbatim team add-member FILE NAME --role lead|coder|viewer --member-password-env VAR [--coder NAME] [--password-env VAR] [--json]
  verbatim team blind FILE on|off [--password-env VAR] [--json]`;

const OPTIONS = {
  json: { type: 'boolean' },
  'password-env': { type: 'string' },
  'member-password-env': { type: 'string' },
  role: { type: 'string' },
  coder: { type: 'string' },
} as const;

/**
 * A password named by --password-env VAR (read from that environment variable, never from
 * the command line, where other users could see it); without it, node-postgres reads
 * PGPASSWORD or ~/.pgpass itself.
 */
function passwordFrom(variable: string | undefined, option = 'password-env'): string | undefined {
  if (variable === undefined) return undefined;
  const value = process.env[variable];
  if (value === undefined || value === '')
    throw new CliError(`--${option} ${variable}: that environment variable is not set.`, 2);
  return value;
}

function printReport(io: CliIo, json: boolean, report: TeamSyncReport): void {
  if (json) return printCommandJson(io, 'team-sync', report);
  io.out(
    `Pushed ${report.pushed} change(s), pulled ${report.pulled}, ${report.conflicts} conflict(s) settled, ${report.proposals} proposal(s) filed.`,
  );
  printStatus(io, false, report.status);
}

function printStatus(io: CliIo, json: boolean, status: TeamStatus): void {
  if (json) return printCommandJson(io, 'team-status', status);
  if (!status.linked) return io.out('Not linked to a team server.');
  io.out(
    [
      `Server: ${status.url ?? ''} as ${status.member ?? ''} (${status.role ?? ''})`,
      `Last sync: ${status.lastSyncAt ?? 'never'}; ${status.pendingChanges} local change(s) to send`,
      `Blind mode: ${status.blind ? 'on' : 'off'}`,
      ...(status.lastError === null ? [] : [`Last error: ${status.lastError}`]),
    ].join('\n'),
  );
}

function printMembers(io: CliIo, json: boolean, members: readonly TeamMember[]): void {
  if (json) return printCommandJson(io, 'team-members', members);
  for (const member of members) {
    io.out(
      `${member.name}\t${member.role}\t${member.codings} codings\tlast sync ${member.lastSyncAt ?? 'never'}`,
    );
  }
}

/** `verbatim team …`: the team server (docs/TEAM.md). */
export async function teamCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const [action = '', ...rest] = argv;
  const { positionals, values } = parseCommandArgs(rest, OPTIONS, USAGE);
  const json = values.json === true;
  const password = passwordFrom(values['password-env']);
  const onProject = async <T>(work: (call: Call) => Promise<T>): Promise<T> => {
    const [file = ''] = requirePositionals(positionals, 1, USAGE);
    return withProject(file, work);
  };
  switch (action) {
    case 'publish': {
      const [file = '', url = ''] = requirePositionals(positionals, 2, USAGE);
      printReport(io, json, await withProject(file, (call) => call('team/publish', { url, password })));
      return undefined;
    }
    case 'join': {
      const [url = '', file = ''] = requirePositionals(positionals, 2, USAGE);
      const session = newSession();
      try {
        printReport(io, json, await callerFor(session)('team/join', { url, password, path: file }));
      } finally {
        session.close();
      }
      return undefined;
    }
    case 'sync':
      printReport(io, json, await onProject((call) => call('team/sync', { password })));
      return undefined;
    case 'status':
      printStatus(io, json, await onProject((call) => call('team/status', {})));
      return undefined;
    case 'members':
      printMembers(io, json, await onProject((call) => call('team/members', { password })));
      return undefined;
    case 'add-member': {
      const [, name = ''] = requirePositionals(positionals, 2, USAGE);
      const role = values.role;
      if (role !== 'lead' && role !== 'coder' && role !== 'viewer') {
        throw new CliError(`--role must be lead, coder or viewer.\nUsage: ${USAGE}`, 2);
      }
      const memberPassword = passwordFrom(values['member-password-env'], 'member-password-env');
      if (memberPassword === undefined) {
        throw new CliError(`--member-password-env VAR names the new member's password.\nUsage: ${USAGE}`, 2);
      }
      printMembers(
        io,
        json,
        await onProject((call) =>
          call('team/addMember', { name, role, memberPassword, coder: values.coder, password }),
        ),
      );
      return undefined;
    }
    case 'blind': {
      const [, state = ''] = requirePositionals(positionals, 2, USAGE);
      if (state !== 'on' && state !== 'off')
        throw new CliError(`Blind mode is on or off.\nUsage: ${USAGE}`, 2);
      printStatus(
        io,
        json,
        await onProject((call) => call('team/setBlind', { blind: state === 'on', password })),
      );
      return undefined;
    }
    default:
      throw new CliError(`Unknown team action "${action}".\nUsage: ${USAGE}`, 2);
  }
}

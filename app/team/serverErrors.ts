import { AppError } from '../errors.ts';

interface Where {
  readonly url: string;
  readonly role?: string;
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  // The server shut down or is starting (SQLSTATE class 57P) or the connection failed (08).
  '57P01',
  '57P02',
  '57P03',
]);

function serverOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return url;
  }
}

/**
 * A failure talking to the team server, as an AppError with a sentence and its translation
 * key: unreachable (or lost mid-sync), authentication refused, TLS required, not a Verbatim
 * database, refused by row-level security. An AppError passes through; anything else is
 * left as it is (an INTERNAL error).
 */
export function teamError(error: unknown, where: Where): unknown {
  if (error instanceof AppError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  const server = serverOf(where.url);
  let member = '';
  try {
    member = decodeURIComponent(new URL(where.url).username);
  } catch {
    // no member in an unreadable address
  }
  if (code === '28000' && /encryption|SSL/iu.test(message)) {
    return new AppError(
      'TEAM_SERVER',
      `The team server at ${server} accepts only encrypted connections (sslmode=require).`,
      {
        key: 'teamTlsRequired',
        params: { server },
      },
    );
  }
  if (/does not support SSL/iu.test(message)) {
    return new AppError('TEAM_SERVER', `The team server at ${server} does not offer encrypted connections.`, {
      key: 'teamTlsRequired',
      params: { server },
    });
  }
  if (
    code === '28P01' ||
    code === '28000' ||
    /password authentication failed|SASL|password must be a string/iu.test(message)
  ) {
    return new AppError(
      'TEAM_SERVER',
      `The team server at ${server} refused the name or password of ${member}.`,
      {
        key: 'teamAuthFailed',
        params: { server, member },
      },
    );
  }
  if (code === '3D000') {
    return new AppError('TEAM_SERVER', `The database at ${server} does not exist.`, {
      key: 'teamNotTeamDatabase',
      params: { server },
    });
  }
  if (code === '42501') {
    const role = where.role ?? '';
    return new AppError(
      'NOT_ALLOWED',
      `The team server refused this change: your role (${role}) does not allow it. (${message})`,
      {
        key: 'teamPermissionRefused',
        params: { role },
      },
    );
  }
  if (
    UNREACHABLE_CODES.has(code) ||
    code.startsWith('08') ||
    /Connection terminated|timeout|connect ECONN/iu.test(message)
  ) {
    return new AppError(
      'TEAM_SERVER',
      `The team server at ${server} cannot be reached (${message}). Your changes are kept in the project.`,
      { key: 'teamUnreachable', params: { server } },
    );
  }
  return error;
}

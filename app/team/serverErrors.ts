import { AppError } from '../errors.ts';

interface Where {
  readonly url: string;
  readonly role?: string;
  /**
   * Whether the work was a linked project's sync (or its listening): its changes then wait
   * in the project for the next one. Joining, publishing or managing members is simply
   * to be tried again, and must not say that changes are kept.
   */
  readonly keepsChanges?: boolean;
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

/** Node's reasons for not trusting a server's certificate (OpenSSL's verify errors). */
const UNTRUSTED_CERTIFICATE_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
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
 * key: unreachable (or lost mid-sync), authentication refused, TLS required, the server's
 * certificate not trusted, not a Verbatim
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
  if (UNTRUSTED_CERTIFICATE_CODES.has(code)) {
    return new AppError(
      'TEAM_SERVER',
      `The team server at ${server} presented a certificate this computer cannot verify (${message}). Ask who runs the server for the certificate of its authority and add sslrootcert=/path/to/that/file to the address.`,
      { key: 'teamTlsUntrusted', params: { server } },
    );
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
    return new AppError(
      'TEAM_SERVER',
      `The team server at ${server} does not offer encrypted connections, which its address asks for.`,
      { key: 'teamTlsNotOffered', params: { server } },
    );
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
    if (where.keepsChanges === true)
      return new AppError(
        'TEAM_SERVER',
        `The team server at ${server} cannot be reached (${message}). Your changes are kept in the project.`,
        { key: 'teamUnreachable', params: { server } },
      );
    return new AppError(
      'TEAM_SERVER',
      `The team server at ${server} cannot be reached (${message}). Check the address and the connection, then try again.`,
      { key: 'teamUnreachableRetry', params: { server } },
    );
  }
  return error;
}

/**
 * A failure to open a connection: as teamError, and a certificate file named in the address
 * (sslrootcert, sslcert, sslkey, read by node-postgres before it connects) that cannot be
 * read. Only here: a missing file later in an operation is the operation's own failure.
 */
export function connectionError(error: unknown, where: Where): unknown {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const path = (error as { path?: unknown } | null)?.path;
  if ((code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') && typeof path === 'string') {
    const server = serverOf(where.url);
    return new AppError(
      'TEAM_SERVER',
      `The file ${path}, named in the address of the team server at ${server}, cannot be read.`,
      { key: 'teamTlsFileUnreadable', params: { server, file: path } },
    );
  }
  return teamError(error, where);
}

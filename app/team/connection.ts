import type { ClientConfig } from 'pg';
import { connectServer, type ServerClient } from '../../db/team/server.ts';
import { AppError } from '../errors.ts';
import { connectionError, teamError } from './serverErrors.ts';

/**
 * A team server's address: a PostgreSQL connection string (postgresql://member@host:port/db,
 * with sslmode=verify-full and sslrootcert for TLS, sslcert/sslkey for a client certificate).
 * The password is never stored: it is given per call, or read by node-postgres from
 * PGPASSWORD or ~/.pgpass.
 */
export function parseServerUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      `“${url}” is not a PostgreSQL address (postgresql://name@host/database).`,
    );
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new AppError(
      'INVALID_INPUT',
      `“${url}” is not a PostgreSQL address (postgresql://name@host/database).`,
    );
  }
  return parsed;
}

/** The address as shown and stored: without its password. */
export function redactedUrl(url: string): string {
  const parsed = parseServerUrl(url);
  parsed.password = '';
  return parsed.href;
}

/** The login the address names (the member), or the system user's as libpq would. */
export function memberOfUrl(url: string): string {
  const user = decodeURIComponent(parseServerUrl(url).username);
  return user !== '' ? user : (process.env['PGUSER'] ?? process.env['USER'] ?? '');
}

/**
 * The libpq sslmodes that could mean an encrypted connection to a server whose certificate is
 * not checked (prefer, require) or whose name is not (verify-ca), or no encryption at all
 * (allow, prefer). node-postgres 8 treats them all as verify-full, with a warning that
 * version 9 will give them libpq's weaker meaning.
 */
const WEAKER_SSL_MODES = new Set(['allow', 'prefer', 'require', 'verify-ca']);

/**
 * The address as Verbatim connects with it: any sslmode that asks for TLS becomes
 * verify-full, so the server's certificate and name are always checked (interviews are
 * sensitive data; an unverified TLS connection can be intercepted), whatever node-postgres
 * version runs. An address that says uselibpqcompat=true asked for libpq's meanings
 * knowingly and is left as it is. See docs/TEAM.md, "Encrypted connections".
 */
export function verifiedTlsUrl(parsed: URL): URL {
  const mode = parsed.searchParams.get('sslmode');
  if (mode === null || !WEAKER_SSL_MODES.has(mode)) return parsed;
  if (parsed.searchParams.get('uselibpqcompat') === 'true') return parsed;
  const verified = new URL(parsed.href);
  verified.searchParams.set('sslmode', 'verify-full');
  return verified;
}

export function clientConfig(url: string, password: string | undefined): ClientConfig {
  const parsed = verifiedTlsUrl(parseServerUrl(url));
  if (password !== undefined) parsed.password = encodeURIComponent(password);
  // A server that does not answer is reported, not waited for.
  return { connectionString: parsed.href, connectionTimeoutMillis: 15_000, application_name: 'Verbatim' };
}

/** Connects, turning a refused or failed connection into an AppError a researcher reads. */
export async function openTeamServer(
  url: string,
  password: string | undefined,
  where: TeamWork = {},
): Promise<ServerClient> {
  try {
    return await connectServer(clientConfig(url, password));
  } catch (error) {
    throw connectionError(error, { url, ...where });
  }
}

/** What a failure is told about the work: the member's role, whether it was a sync (serverErrors.ts). */
export interface TeamWork {
  readonly role?: string;
  readonly keepsChanges?: boolean;
}

/** Runs work with a connection, closed afterwards; server failures become AppErrors. */
export async function withTeamServer<T>(
  url: string,
  password: string | undefined,
  work: (client: ServerClient) => Promise<T>,
  where: TeamWork = {},
): Promise<T> {
  const client = await openTeamServer(url, password, where);
  try {
    return await work(client);
  } catch (error) {
    throw teamError(error, { url, ...where });
  } finally {
    await client.end().catch(() => undefined);
  }
}

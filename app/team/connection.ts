import type { ClientConfig } from 'pg';
import { connectServer, type ServerClient } from '../../db/team/server.ts';
import { AppError } from '../errors.ts';
import { teamError } from './serverErrors.ts';

/**
 * A team server's address: a PostgreSQL connection string (postgresql://member@host:port/db,
 * with sslmode=require or verify-full and sslcert/sslkey for TLS and client certificates).
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

export function clientConfig(url: string, password: string | undefined): ClientConfig {
  const parsed = parseServerUrl(url);
  if (password !== undefined) parsed.password = encodeURIComponent(password);
  // A server that does not answer is reported, not waited for.
  return { connectionString: parsed.href, connectionTimeoutMillis: 15_000, application_name: 'Verbatim' };
}

/** Connects, turning a refused or failed connection into an AppError a researcher reads. */
export async function openTeamServer(url: string, password: string | undefined): Promise<ServerClient> {
  try {
    return await connectServer(clientConfig(url, password));
  } catch (error) {
    throw teamError(error, { url });
  }
}

/** Runs work with a connection, closed afterwards; server failures become AppErrors. */
export async function withTeamServer<T>(
  url: string,
  password: string | undefined,
  work: (client: ServerClient) => Promise<T>,
  role = '',
): Promise<T> {
  const client = await openTeamServer(url, password);
  try {
    return await work(client);
  } catch (error) {
    throw teamError(error, { url, role });
  } finally {
    await client.end().catch(() => undefined);
  }
}

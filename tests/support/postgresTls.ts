import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandTool, type RequiredTool } from './requiredTool.ts';

/**
 * TLS for the throwaway PostgreSQL cluster (tests/support/postgresCluster.ts): a self-signed
 * certificate authority made with openssl in the cluster's folder, the server's certificate
 * (for 127.0.0.1 and localhost) and one client certificate per member who logs in with one.
 * Everything expires after two days: nothing here is meant to outlive a test run.
 */

export const OPENSSL: RequiredTool = commandTool('openssl (apt-get install openssl)', 'openssl', ['version']);

/** What a TLS cluster is started with: who logs in by client certificate rather than password. */
export interface TlsOptions {
  readonly certificateMembers: readonly string[];
}

export interface ClusterTls {
  /** The authority that signed the server's and members' certificates (sslrootcert). */
  readonly caFile: string;
  /** A member's certificate (common name = login) and key, for sslcert and sslkey. */
  clientCertificate(member: string): { readonly cert: string; readonly key: string };
}

// Elliptic-curve keys: made in milliseconds, where RSA ones take seconds on a loaded machine.
const NEW_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function openssl(folder: string, args: readonly string[]): void {
  execFileSync('openssl', args, { cwd: folder, stdio: 'pipe', timeout: 60_000 });
}

/** name.key and name.crt, signed by the folder's ca.crt, with the given subject and extensions. */
function signedCertificate(folder: string, name: string, subject: string, extensions: string): void {
  openssl(folder, [
    'req',
    '-new',
    ...NEW_KEY,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    subject,
  ]);
  writeFileSync(join(folder, `${name}.ext`), extensions);
  openssl(folder, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    `${name}.ext`,
    '-out',
    `${name}.crt`,
  ]);
}

/**
 * Makes the certificates in `<clusterFolder>/tls` and returns the server settings that turn
 * TLS on. The server's files are handed to `owner` (the postgres user when run as root):
 * PostgreSQL refuses a key that others may read.
 */
export function makeClusterTls(
  clusterFolder: string,
  options: TlsOptions,
  owner: { uid: number; gid: number } | null,
): { readonly tls: ClusterTls; readonly settings: readonly string[] } {
  const folder = join(clusterFolder, 'tls');
  mkdirSync(folder, { mode: 0o755 });
  openssl(folder, [
    'req',
    '-x509',
    ...NEW_KEY,
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=Verbatim test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  signedCertificate(
    folder,
    'server',
    '/CN=localhost',
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  );
  for (const member of options.certificateMembers) {
    signedCertificate(folder, member, `/CN=${member}`, 'extendedKeyUsage=clientAuth\n');
  }
  for (const file of ['ca.crt', 'server.crt', 'server.key']) {
    if (owner !== null) chownSync(join(folder, file), owner.uid, owner.gid);
  }
  chmodSync(join(folder, 'server.key'), 0o600);
  return {
    tls: {
      caFile: join(folder, 'ca.crt'),
      clientCertificate: (member) => ({
        cert: join(folder, `${member}.crt`),
        key: join(folder, `${member}.key`),
      }),
    },
    settings: [
      '-c ssl=on',
      `-c ssl_cert_file=${join(folder, 'server.crt')}`,
      `-c ssl_key_file=${join(folder, 'server.key')}`,
      // The authority the members' client certificates are checked against.
      `-c ssl_ca_file=${join(folder, 'ca.crt')}`,
    ],
  };
}

/**
 * pg_hba.conf of a TLS cluster: the superuser's socket as before; over TCP only TLS, the
 * certificate members by their certificate alone (its common name is their login), everyone
 * else by password. A connection without TLS matches no line and is refused.
 */
export function tlsHba(options: TlsOptions): string {
  const lines = ['local all all trust'];
  for (const member of options.certificateMembers) lines.push(`hostssl all ${member} 127.0.0.1/32 cert`);
  lines.push('hostssl all all 127.0.0.1/32 scram-sha-256');
  return `${lines.join('\n')}\n`;
}

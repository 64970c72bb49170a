import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { clientConfig } from './connection.ts';

// What Verbatim connects with for each sslmode a researcher may write (docs/TEAM.md,
// "Encrypted connections"): TLS is always verified, whatever node-postgres version runs.

const connectingWith = (url: string, password?: string): URL => {
  const { connectionString } = clientConfig(url, password);
  return new URL(connectionString ?? '');
};

describe('the sslmode Verbatim connects with', () => {
  it.each(['require', 'prefer', 'allow', 'verify-ca'])(
    'makes sslmode=%s verify the certificate and the name (verify-full)',
    (mode) => {
      const url = connectingWith(
        `postgresql://alice@db.univ.fr/team?sslmode=${mode}&sslrootcert=/etc/ca.crt`,
      );
      expect(url.searchParams.get('sslmode')).toBe('verify-full');
      expect(url.searchParams.get('sslrootcert')).toBe('/etc/ca.crt');
      expect(url.username).toBe('alice');
      expect(url.host).toBe('db.univ.fr');
    },
  );

  it.each(['verify-full', 'disable', 'no-verify'])('keeps sslmode=%s as written', (mode) => {
    const written = `postgresql://alice@db.univ.fr/team?sslmode=${mode}`;
    expect(connectingWith(written).href).toBe(written);
  });

  it('keeps an address without sslmode as written (no TLS unless PGSSLMODE asks)', () => {
    expect(connectingWith('postgresql://alice@db.univ.fr:5433/team').href).toBe(
      'postgresql://alice@db.univ.fr:5433/team',
    );
  });

  it('leaves libpq’s meaning to an address that asks for it with uselibpqcompat=true', () => {
    const written = 'postgresql://alice@db.univ.fr/team?sslmode=require&uselibpqcompat=true';
    expect(connectingWith(written).searchParams.get('sslmode')).toBe('require');
  });

  it('still adds the password given for the call, escaped', () => {
    const url = connectingWith('postgresql://alice@db.univ.fr/team?sslmode=require', 'p@ss/word');
    expect(url.searchParams.get('sslmode')).toBe('verify-full');
    expect(decodeURIComponent(url.password)).toBe('p@ss/word');
  });

  it('gives node-postgres a checked certificate and no warning to print', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const client = new pg.Client(clientConfig('postgresql://alice@db.univ.fr/team?sslmode=require', 'x'));
      expect(client.ssl).toEqual({});
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

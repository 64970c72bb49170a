import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIdentityStore, IDENTITY_FILE } from './identityStore.ts';

describe('coder identity store', () => {
  it('remembers the identity across stores on the same folder', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'verbatim-id-')), 'nested');
    expect(createIdentityStore(dir).get()).toBeNull();
    createIdentityStore(dir).set({ name: 'Camille', initials: 'CM', color: '#112233' });
    expect(createIdentityStore(dir).get()).toEqual({ name: 'Camille', initials: 'CM', color: '#112233' });
  });

  it('treats a mangled file as not set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-id-'));
    writeFileSync(join(dir, IDENTITY_FILE), '{"name": 3');
    expect(createIdentityStore(dir).get()).toBeNull();
    writeFileSync(join(dir, IDENTITY_FILE), '{"name": "", "initials": "X", "color": "#000000"}');
    expect(createIdentityStore(dir).get()).toBeNull();
  });
});

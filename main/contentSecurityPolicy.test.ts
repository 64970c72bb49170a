import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';

const repoRoot = join(import.meta.dirname, '..');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/u);
      return [name, values] as const;
    }),
  );
}

/** The policy docs/ELECTRON.md documents: the line after "Content-Security-Policy:" in its code block. */
function documentedPolicy(): string {
  const doc = readFileSync(join(repoRoot, 'docs', 'ELECTRON.md'), 'utf8');
  const match = /^Content-Security-Policy: (.+)$/mu.exec(doc);
  if (!match?.[1]) throw new Error('docs/ELECTRON.md does not quote the Content-Security-Policy.');
  return match[1];
}

function metaPolicy(): string {
  const html = readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/u.exec(html);
  if (!match?.[1]) throw new Error('renderer/index.html has no Content-Security-Policy meta tag.');
  return match[1];
}

describe('the Content-Security-Policy', () => {
  it('is the one docs/ELECTRON.md documents', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(documentedPolicy());
  });

  it('is what the page carries in its meta tag, minus frame-ancestors that a meta tag cannot carry', () => {
    expect(metaPolicy()).toBe(META_CONTENT_SECURITY_POLICY);
    expect(directives(META_CONTENT_SECURITY_POLICY).has('frame-ancestors')).toBe(false);
    for (const [name, values] of directives(CONTENT_SECURITY_POLICY))
      if (name !== 'frame-ancestors')
        expect(directives(META_CONTENT_SECURITY_POLICY).get(name), name).toEqual(values);
  });

  it('closes plugins, base rewriting, form posts and frames, and allows no inline or remote script', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    for (const name of [
      'default-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-src',
      'frame-ancestors',
    ])
      expect(policy.get(name), name).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/u);
  });
});

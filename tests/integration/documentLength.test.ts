import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

describe('the length of a document', () => {
  it('counts UTF-16 units, as offsets do, for a text with emoji, blind mode or not', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('document-length'), 'l.verbatim') });
    const text = 'Enquêteur : Ça va ? 🙂\nMarie : Oui 👍🏽, très bien 🇫🇷.\n';
    const report = await call(session, 'documents/importFiles', {
      files: [{ name: 'emoji.txt', base64: Buffer.from(text).toString('base64') }],
    });
    const id = report.imported[0]?.id ?? 0;
    const stored = (await call(session, 'documents/get', { id })).text;
    // The last offset a coding may end at is the text's UTF-16 length.
    expect(stored.length).toBeGreaterThan([...stored].length);
    expect((await call(session, 'documents/list', {}))[0]?.length).toBe(stored.length);
    await call(session, 'project/setSettings', { blindMode: true });
    expect((await call(session, 'documents/list', {}))[0]?.length).toBe(stored.length);
    await call(session, 'project/setSettings', { blindMode: false });
    // A pseudonymised text has another length: the stored one follows.
    await call(session, 'pseudonymise/applyToDocuments', {
      documentIds: [id],
      replacements: [{ variants: ['Marie'], replacement: 'Personne 🙂 A' }],
    });
    const renamed = (await call(session, 'documents/get', { id })).text;
    expect(renamed).toContain('Personne 🙂 A');
    expect((await call(session, 'documents/list', {}))[0]?.length).toBe(renamed.length);
    session.close();
  });
});

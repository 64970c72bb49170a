import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../app/contract/api.ts';
import { NNBSP } from '../../app/exports/frenchTypography.ts';
import { call } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { zipEntriesAsText } from '../support/zipEntries.ts';
import { paperProject } from './paperProject.ts';

const TITLE_FR = `Extraits codés de «${NNBSP}triple journée${NNBSP}» — etude`;

describe('the export of one code (Export excerpts of «code»…)', () => {
  // What the dialog sends (renderer/exports/ExportDialog.tsx): its remembered options, which
  // may group by document or case since the last export of all codes, and the code.
  for (const groupBy of ['code', 'document', 'case'] as const) {
    it(`is named after the code and titled by it, grouped by ${groupBy}`, async () => {
      const { session, codeId } = await paperProject();
      const dialog = (format: 'md' | 'html' | 'docx' | 'csv'): InputOf<'exports/excerpts'> => ({
        format,
        groupBy,
        language: 'fr',
        citation: ['document', 'speaker'],
        includeMemos: false,
        quoteMarks: true,
        exactQuotes: false,
        codeId,
      });
      const md = await call(session, 'exports/excerpts', dialog('md'));
      expect(md.fileName).toBe('etude-triple-journée.md');
      expect(md.content.split('\n')[0]).toBe(`# ${TITLE_FR}`);
      const html = await call(session, 'exports/excerpts', dialog('html'));
      expect(html.fileName).toBe('etude-triple-journée.html');
      expect(html.content).toContain(`<h1>${TITLE_FR}</h1>`);
      expect(html.content).toContain(`<title>${TITLE_FR}</title>`);
      const docx = await call(session, 'exports/excerpts', dialog('docx'));
      expect(docx.fileName).toBe('etude-triple-journée.docx');
      const entries = zipEntriesAsText(Buffer.from(docx.content, 'base64'));
      expect(entries['word/document.xml']).toContain(`>${TITLE_FR}<`);
      expect(entries['docProps/core.xml']).toContain(`>${TITLE_FR}<`);
      expect((await call(session, 'exports/excerpts', dialog('csv'))).fileName).toBe(
        'etude-triple-journée.csv',
      );
      // The web shell streams the same export through excerptsToFile (main/web/downloads.ts).
      const out = join(makeTempDir('one-code'), 'download');
      const streamed = await call(session, 'exports/excerptsToFile', { ...dialog('md'), out });
      expect(streamed.fileName).toBe('etude-triple-journée.md');
    });
  }

  it("escapes a hostile code's name in the title", async () => {
    const { session, codeId } = await paperProject();
    await call(session, 'codes/update', { id: codeId, name: '<img src=x onerror=alert(1)> *a*' });
    const html = await call(session, 'exports/excerpts', { format: 'html', language: 'en', codeId });
    expect(html.content).not.toMatch(/<img/u);
    expect(html.content).toContain(
      '<h1>Coded excerpts of “&lt;img src=x onerror=alert(1)&gt; *a*” — etude</h1>',
    );
    const md = await call(session, 'exports/excerpts', { format: 'md', language: 'en', codeId });
    expect(md.content.split('\n')[0]).toBe(
      '# Coded excerpts of “&lt;img src=x onerror=alert(1)> \\*a\\*” — etude',
    );
  });

  it('keeps the whole export named and titled after the project', async () => {
    const { session, codeId, hostileCodeId } = await paperProject();
    for (const codeIds of [undefined, [codeId, hostileCodeId]]) {
      const file = await call(session, 'exports/excerpts', { format: 'md', language: 'en', codeIds });
      expect(file.fileName).toBe('etude-excerpts.md');
      expect(file.content.split('\n')[0]).toBe('# Coded excerpts — etude');
    }
    const one = await call(session, 'exports/excerpts', { format: 'md', language: 'en', codeIds: [codeId] });
    expect(one.content.split('\n')[0]).toBe('# Coded excerpts of “triple journée” — etude');
  });
});

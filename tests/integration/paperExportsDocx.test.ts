import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it, type TestContext } from 'vitest';
import { readPdf } from '../../app/importers/formats/pdf.ts';
import { NBSP } from '../../app/exports/frenchTypography.ts';
import { cli } from '../support/cli.ts';
import { convertWithLibreOffice, requireLibreOffice } from '../support/libreOffice.ts';
import { call } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { documentedCodebook, paperProject } from './paperProject.ts';

const CITE = ['case', 'attr:Âge', 'attr:Plateforme', 'timestamp'];

function partsOf(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [name, new TextDecoder().decode(data)]),
  );
}

/**
 * The text of a DOCX as LibreOffice lays it out: converted to PDF, read back with pdf.js.
 * Without LibreOffice the rest of the test is skipped (the DOCX structure was checked).
 */
async function textThroughLibreOffice(
  context: TestContext,
  bytes: Uint8Array,
  name: string,
): Promise<string> {
  const soffice = requireLibreOffice(context);
  const dir = makeTempDir('docx-lo');
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const pdf = convertWithLibreOffice(soffice, file, 'pdf', dir);
  const { paragraphs } = await readPdf('export.pdf', new Uint8Array(readFileSync(pdf)));
  return paragraphs.join('\n');
}

describe('DOCX export of excerpts', () => {
  it('writes a valid Word file: headings, quotes, italic citations, page numbers, properties', async (context) => {
    const { session, firstCodingId } = await paperProject();
    await call(session, 'memos/save', {
      targetKind: 'coding',
      targetId: firstCodingId,
      title: '',
      body: '',
      plainText: 'Le soir: après le travail',
    });
    const file = await call(session, 'exports/excerpts', {
      format: 'docx',
      language: 'fr',
      citation: CITE,
      includeMemos: true,
    });
    expect(file.encoding).toBe('base64');
    expect(file.fileName).toBe('etude-extraits.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = Buffer.from(file.content, 'base64');
    const parts = partsOf(bytes);
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'word/document.xml',
        'word/styles.xml',
        'docProps/core.xml',
      ]),
    );
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toContain('<w:t xml:space="preserve">Je fais des tâches le soir</w:t>');
    expect(xml).toContain('— Participante 3, 34 ans, Foule Factory, 00:12:31');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; =SUM(A1)');
    expect(xml).toContain(`Le soir${NBSP}: après le travail`);
    // Headings: the title, then one Heading 1 per code in codebook order.
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*Extraits codés — etude/su);
    expect(xml.indexOf('triple journée')).toBeLessThan(xml.indexOf('hostile'));
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/gu)).toHaveLength(2);
    expect(xml.match(/<w:pStyle w:val="Quote"\/>/gu)).toHaveLength(2);
    expect(xml.match(/<w:pStyle w:val="ExcerptCitation"\/>/gu)).toHaveLength(2);
    expect(xml).toMatch(/<w:i\/>/u);
    expect(parts['word/styles.xml']).toContain('w:styleId="Quote"');
    expect(parts['word/styles.xml']).toContain('w:val="fr-FR"');
    expect(
      Object.entries(parts).some(([name, text]) => name.startsWith('word/footer') && text.includes('PAGE')),
    ).toBe(true);
    expect(parts['docProps/core.xml']).toContain('<dc:title>Extraits codés — etude</dc:title>');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Verbatim</dc:creator>');

    const text = await textThroughLibreOffice(context, bytes, 'extraits.docx');
    expect(text).toContain('Extraits codés — etude');
    expect(text).toContain('Je fais des tâches le soir');
    expect(text).toContain('— Participante 3, 34 ans, Foule Factory, 00:12:31');
    expect(text).toContain('<script>alert(1)</script> =SUM(A1)');
  });

  it('writes the codebook: hierarchy as heading levels, definition, criteria, example, counts', async (context) => {
    const seeded = await paperProject();
    const { session } = seeded;
    await documentedCodebook(seeded, { exclusion: 'Un seul des trois.' });
    const file = await call(session, 'exports/codebook', { format: 'docx', language: 'fr' });
    expect(file.fileName).toBe('etude-grille-de-codes.docx');
    const xml = partsOf(Buffer.from(file.content, 'base64'))['word/document.xml'] ?? '';
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading1"\/>.*travail.*<w:pStyle w:val="Heading2"\/>.*triple journée/su,
    );
    expect(xml).toContain('Travail payé, domestique et de plateforme cumulés.');
    expect(xml).toContain('Exclure si. ');
    expect(xml).toMatch(/<w:pStyle w:val="Quote"\/>.*Je fais des tâches le soir/su);
    expect(xml).toContain('1 codage');
    const text = await textThroughLibreOffice(context, Buffer.from(file.content, 'base64'), 'grille.docx');
    expect(text).toContain('Grille de codes — etude');
    expect(text).toContain('triple journée');
    expect(text).toContain('Un seul des trois.');
  });

  it('is written by the command line', async () => {
    const { session } = await paperProject();
    const path = session.path ?? '';
    session.close();
    const out = join(makeTempDir('paper-cli-docx'), 'extraits.docx');
    const run = await cli('export', path, '--format', 'docx', '--out', out, '--cite', 'case,attr:Plateforme');
    expect(run.code).toBe(0);
    const xml = partsOf(readFileSync(out))['word/document.xml'] ?? '';
    expect(xml).toContain('— Participante 3, Foule Factory');
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP } from '../../app/exports/frenchTypography.ts';
import type { ProjectSession } from '../../app/session.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { cli } from '../support/cli.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const TEXT =
  '[00:12:31] Marie : Je fais des tâches le soir, "après les enfants".\n[00:13:02] Enquêteur : Et le week-end ?\n[00:13:05] Marie : <script>alert(1)</script> =SUM(A1)';

async function project(): Promise<{ session: ProjectSession; codeId: number }> {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('paper'), 'etude.verbatim') });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'entretien-3.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  const document = await call(session, 'documents/get', { id: documentId });
  const at = (quote: string) => ({
    start: document.text.indexOf(quote),
    end: document.text.indexOf(quote) + quote.length,
  });
  const [first] = await call(session, 'codings/create', {
    items: [
      { documentId, ...at('Je fais des tâches le soir'), codeName: 'triple journée' },
      { documentId, ...at('<script>alert(1)</script> =SUM(A1)'), codeName: 'hostile' },
    ],
  });
  const age = await call(session, 'attributes/create', { name: 'Âge', type: 'text' });
  const platform = await call(session, 'attributes/create', { name: 'Plateforme', type: 'text' });
  const row = await call(session, 'cases/create', { name: 'Participante 3', documentIds: [documentId] });
  await call(session, 'cases/setValue', { caseId: row.id, attributeId: age.id, value: '34 ans' });
  await call(session, 'cases/setValue', { caseId: row.id, attributeId: platform.id, value: 'Foule Factory' });
  return { session, codeId: first?.codeId ?? 0 };
}

const CITE = ['case', 'attr:Âge', 'attr:Plateforme', 'timestamp'];

describe('exports for papers', () => {
  it('writes Markdown with the chosen citation line, in French typography', async () => {
    const { session, codeId } = await project();
    const file = await call(session, 'exports/excerpts', {
      format: 'md',
      codeId,
      language: 'fr',
      citation: CITE,
    });
    expect(file.fileName).toBe('etude-triple-journée.md');
    expect(file.content).toBe(
      [
        '# Extraits codés — etude',
        '',
        '## triple journée',
        '',
        '*1 extrait*',
        '',
        '> Je fais des tâches le soir',
        '',
        `— Participante 3, 34 ans, Foule Factory, 00:12:31`,
        '',
      ].join('\n'),
    );
  });

  it('writes CSV, one row per excerpt, grouped by case (golden)', async () => {
    const { session } = await project();
    const text = (
      await call(session, 'documents/get', { id: (await call(session, 'documents/list', {}))[0]?.id ?? 0 })
    ).text;
    const hostile = text.indexOf('<script>');
    const file = await call(session, 'exports/excerpts', {
      format: 'csv',
      groupBy: 'case',
      language: 'en',
      citation: ['case', 'speaker'],
    });
    expect(file.content).toBe(
      '\uFEFF' +
        [
          'group,code,document,case,speaker,timestamp,segment,start,end,quote,citation',
          'Participante 3,triple journée,entretien-3,Participante 3,Marie,00:12:31,1,0,26,Je fais des tâches le soir,"Participante 3, Marie"',
          `Participante 3,hostile,entretien-3,Participante 3,Marie,00:13:05,3,${hostile},${hostile + 34},<script>alert(1)</script> =SUM(A1),"Participante 3, Marie"`,
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('writes a standalone HTML page with every user text escaped', async () => {
    const { session } = await project();
    const file = await call(session, 'exports/excerpts', { format: 'html', language: 'fr' });
    expect(file.mimeType).toBe('text/html');
    expect(file.content).toContain('<html lang="fr">');
    expect(file.content).not.toContain('<script>alert');
    expect(file.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(file.content).toContain(`<h1>Extraits codés — etude</h1>`);
    expect(file.content).toContain(`entretien-3, Marie, 00:12:31, segment 1`);
  });

  it('puts French no-break spaces in citations, not in the quotes', async () => {
    const { session } = await project();
    const file = await call(session, 'exports/excerpts', {
      format: 'md',
      language: 'fr',
      groupBy: 'document',
      citation: ['code', 'speaker'],
    });
    expect(file.content).toContain('## entretien\\-3');
    expect(file.content).toContain('— triple journée, Marie');
    expect(NBSP).not.toBe(NNBSP);
    const bad = await callError(session, 'exports/excerpts', { format: 'pdf' });
    expect(bad.code).toBe('INVALID_INPUT');
  });
});

describe('exports for papers from the command line', () => {
  it('writes HTML and CSV with a chosen citation and grouping', async () => {
    const { session } = await project();
    const path = session.path ?? '';
    session.close();
    const out = join(makeTempDir('paper-cli'), 'extraits.csv');
    const run = await cli(
      'export',
      path,
      '--format',
      'csv',
      '--out',
      out,
      '--group-by',
      'document',
      '--cite',
      'case,attr:Âge',
    );
    expect(run.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('"Participante 3, 34 ans"');
    expect(csv.split('\r\n')[1]?.startsWith('entretien-3,')).toBe(true);
    const bad = await cli('export', path, '--format', 'csv', '--out', out, '--group-by', 'speaker');
    expect(bad.code).toBe(2);
  });
});

describe('codebook export', () => {
  it('writes the hierarchy with definitions, criteria, the anchor example and counts (Markdown, CSV)', async () => {
    const { session, codeId } = await project();
    const parent = await call(session, 'codes/create', { name: 'travail', color: '#336699' });
    await call(session, 'codes/move', { id: codeId, parentId: parent.id, index: 0 });
    const [example] = await call(session, 'codings/excerptsOfCode', { codeId });
    await call(session, 'codes/update', {
      id: codeId,
      description: 'Travail payé, domestique et de plateforme cumulés.',
      inclusion: 'Les trois sont nommés.',
      exampleCodingId: example?.codingId ?? null,
    });
    const md = await call(session, 'exports/codebook', { format: 'md', language: 'fr' });
    expect(md.content).toBe(
      [
        '# Grille de codes — etude',
        '',
        '## hostile',
        '',
        '*1 codage*',
        '',
        '## travail',
        '',
        '*0 codage*',
        '',
        '### triple journée',
        '',
        '*1 codage*',
        '',
        '**Définition.** Travail payé, domestique et de plateforme cumulés.',
        '',
        '**Inclure si.** Les trois sont nommés.',
        '',
        '**Exemple.**',
        '',
        '> Je fais des tâches le soir',
        '',
      ].join('\n'),
    );
    const csv = await call(session, 'exports/codebook', { format: 'csv' });
    const rows = csv.content
      .replace(/^\uFEFF/u, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('path,name,level,colour,definition,inclusion,exclusion,example,codings,archived');
    expect(rows[3]).toMatch(/^travail > triple journée,triple journée,2,#[0-9a-f]{6},/u);
  });
});

describe('DOCX export', () => {
  it('writes a Word document with headings, indented quotes and italic citations', async () => {
    const { session } = await project();
    const file = await call(session, 'exports/excerpts', { format: 'docx', language: 'fr', citation: CITE });
    expect(file.encoding).toBe('base64');
    const bytes = Buffer.from(file.content, 'base64');
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)).toContain('[Content_Types].xml');
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    expect(xml).toContain('Je fais des tâches le soir');
    expect(xml).toContain('— Participante 3, 34 ans, Foule Factory, 00:12:31');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; =SUM(A1)');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/u);
    expect(xml).toMatch(/<w:i\/>/u);
    // LibreOffice, where installed, must open it: convert to text and look for the quote.
    let soffice: string | null = null;
    for (const candidate of ['soffice', 'libreoffice']) {
      try {
        execFileSync(candidate, ['--version'], { stdio: 'pipe' });
        soffice = candidate;
        break;
      } catch {
        // not installed under this name
      }
    }
    if (!soffice) {
      console.warn(
        'LIBREOFFICE CHECK DID NOT RUN: no soffice or libreoffice on this machine; the DOCX structure was checked.',
      );
      return;
    }
    const dir = makeTempDir('docx-lo');
    writeFileSync(join(dir, 'extraits.docx'), bytes);
    execFileSync(
      soffice,
      ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, join(dir, 'extraits.docx')],
      { stdio: 'pipe' },
    );
    expect(readFileSync(join(dir, 'extraits.txt'), 'utf8')).toContain('Je fais des tâches le soir');
  });
});

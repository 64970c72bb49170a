import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP } from '../../app/exports/frenchTypography.ts';
import type { ProjectSession } from '../../app/session.ts';
import { readFileSync } from 'node:fs';
import { cli } from '../support/cli.ts';
import { call, callError, testSession } from '../support/session.ts';
import { documentedCodebook, paperProject } from './paperProject.ts';
import { makeTempDir } from '../support/tempDir.ts';

async function project(): Promise<{ session: ProjectSession; codeId: number }> {
  const { session, codeId } = await paperProject();
  return { session, codeId };
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
        `# Extraits codés de «${NNBSP}triple journée${NNBSP}» — etude`,
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

  it('puts French no-break spaces in citations, and groups by document', async () => {
    const { session } = await project();
    const file = await call(session, 'exports/excerpts', {
      format: 'md',
      language: 'fr',
      groupBy: 'document',
      citation: ['code', 'speaker', 'timestamp'],
    });
    expect(file.content).toContain('## entretien-3');
    expect(file.content).toContain('— triple journée, Marie, 00:12:31');
    const bad = await callError(session, 'exports/excerpts', { format: 'pdf' });
    expect(bad.code).toBe('INVALID_INPUT');
  });

  it('sets French quotes in French typography, English ones as they are, both between « »', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('paper-lang'), 'mixte.verbatim') });
    const french =
      'Enquêteur : Et le soir ?\nMarie : C\'est là que je fais les tâches, parce que la journée est pleine : le travail, les enfants et la maison. Elle dit "jamais" !';
    const english =
      'Interviewer: And at night?\nKelly: That is when I do the tasks, because the day is full: the job, the kids and the house. She says "never"!';
    const report = await call(session, 'documents/importFiles', {
      files: [
        { name: 'fr.txt', base64: Buffer.from(french).toString('base64') },
        { name: 'en.txt', base64: Buffer.from(english).toString('base64') },
      ],
    });
    const items = [];
    for (const imported of report.imported) {
      const { text } = await call(session, 'documents/get', { id: imported.id });
      const start = text.search(/C'est|That is/u);
      items.push({ documentId: imported.id, start, end: text.length, codeName: 'journée' });
    }
    await call(session, 'codings/create', { items });
    const quotes = async (options: { quoteMarks?: boolean; exactQuotes?: boolean }) =>
      (
        await call(session, 'exports/excerpts', { format: 'md', language: 'fr', citation: [], ...options })
      ).content
        .split('\n')
        .filter((line) => line.startsWith('> '));
    expect(await quotes({ quoteMarks: true })).toEqual([
      `> «${NNBSP}That is when I do the tasks, because the day is full: the job, the kids and the house. She says "never"!${NNBSP}»`,
      `> «${NNBSP}C'est là que je fais les tâches, parce que la journée est pleine${NBSP}: le travail, les enfants et la maison. Elle dit “jamais”${NNBSP}!${NNBSP}»`,
    ]);
    expect(await quotes({ exactQuotes: true })).toEqual([
      '> That is when I do the tasks, because the day is full: the job, the kids and the house. She says "never"!',
      `> C'est là que je fais les tâches, parce que la journée est pleine : le travail, les enfants et la maison. Elle dit "jamais" !`,
    ]);
  });
});

describe('one excerpt to paste into a paper', () => {
  it('gives the quote as a paper shows it and its citation line', async () => {
    const { session, firstCodingId } = await paperProject();
    const french = await call(session, 'exports/excerptText', {
      codingId: firstCodingId,
      language: 'fr',
      citation: CITE,
    });
    expect(french.text).toBe(
      `«${NNBSP}Je fais des tâches le soir${NNBSP}»\n— Participante 3, 34 ans, Foule Factory, 00:12:31`,
    );
    const plain = await call(session, 'exports/excerptText', {
      codingId: firstCodingId,
      quoteMarks: false,
      citation: [],
    });
    expect(plain.text).toBe('Je fais des tâches le soir');
    expect((await callError(session, 'exports/excerptText', { codingId: 9999 })).code).toBe('NOT_FOUND');
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

  it('names likely identifiers on stderr before writing, unless --skip-scan', async () => {
    const { session } = await project();
    const path = session.path ?? '';
    session.close();
    const out = join(makeTempDir('paper-cli-scan'), 'extraits.md');
    const scanned = await cli('export', path, '--format', 'md', '--out', out);
    expect(scanned.code).toBe(0);
    expect(scanned.stderr).toMatch(
      /^Warning: \d+ likely identifiers? remains? in what this export writes: .*Marie/u,
    );
    expect(readFileSync(out, 'utf8')).toContain('# Coded excerpts');
    const skipped = await cli('export', path, '--format', 'md', '--out', out, '--skip-scan');
    expect([skipped.code, skipped.stderr]).toEqual([0, '']);
    const qdpx = await cli('export', path, '--format', 'qdpx', '--out', join(makeTempDir('q'), 'p.qdpx'));
    expect(qdpx.stderr).toMatch(/Marie/u);
  });

  it('takes repeated --code and --cite, an escaped comma in an attribute, and refuses mistakes', async () => {
    const { session } = await project();
    await call(session, 'attributes/create', { name: 'Lieu, ville', type: 'text' });
    const path = session.path ?? '';
    session.close();
    const dir = makeTempDir('paper-cli-options');
    const out = join(dir, 'e.md');
    const run = await cli(
      'export',
      path,
      '--format',
      'md',
      '--out',
      out,
      '--skip-scan',
      '--code',
      'triple journée',
      '--code',
      'HOSTILE',
      '--cite',
      'case',
      '--cite',
      'attr:Lieu\\, ville,timestamp',
    );
    expect(run.stderr).toBe('');
    const content = readFileSync(out, 'utf8');
    expect(content).toContain('## triple journée');
    expect(content).toContain('## hostile');
    expect(content).toContain('— Participante 3, 00:12:31');
    const usage = async (...args: string[]) => (await cli('export', path, '--out', out, ...args)).code;
    expect(await usage('--format', 'md', '--cite', 'cas')).toBe(2);
    expect(await usage('--codebook', '--format', 'md', '--cite', 'case')).toBe(2);
    expect(await usage('--format', 'qdpx', '--memos')).toBe(2);
    expect(await usage('--format', 'pdf')).toBe(2);
    const unknown = await cli('export', path, '--out', out, '--format', 'md', '--cite', 'attr:Âges');
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringMatching(/no case attribute «Âges»/u)]);
  });
});

describe('codebook export', () => {
  it('writes the hierarchy with definitions, criteria, the anchor example and counts (Markdown, CSV)', async () => {
    const seeded = await paperProject();
    const { session } = seeded;
    await documentedCodebook(seeded, { inclusion: 'Les trois sont nommés : travail, enfants, maison.' });
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
        `**Inclure si.** Les trois sont nommés${NBSP}: travail, enfants, maison.`,
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

describe('the export model: codes, memos, attributes (golden)', () => {
  async function withMemo() {
    const seeded = await paperProject();
    await call(seeded.session, 'memos/save', {
      targetKind: 'coding',
      targetId: seeded.firstCodingId,
      title: '',
      body: '',
      plainText: 'Le soir: après le travail salarié !',
    });
    return seeded;
  }

  it('writes every code in codebook order with citations and memos, in French (Markdown golden)', async () => {
    const { session } = await withMemo();
    const file = await call(session, 'exports/excerpts', {
      format: 'md',
      language: 'fr',
      citation: ['case', 'attr:Âge', 'speaker', 'timestamp', 'segment'],
      includeMemos: true,
    });
    expect(file.fileName).toBe('etude-extraits.md');
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
        '— Participante 3, 34 ans, Marie, 00:12:31, segment 1',
        '',
        `**Mémo.** Le soir${NBSP}: après le travail salarié${NNBSP}!`,
        '',
        '## hostile',
        '',
        '*1 extrait*',
        '',
        '> &lt;script>alert(1)&lt;/script> =SUM(A1)',
        '',
        '— Participante 3, 34 ans, Marie, 00:13:05, segment 3',
        '',
      ].join('\n'),
    );
  });

  it('gives each cited attribute and the memo a CSV column, and guards formulas (CSV golden)', async () => {
    const { session, codeId, hostileCodeId } = await withMemo();
    const file = await call(session, 'exports/excerpts', {
      format: 'csv',
      codeIds: [hostileCodeId, codeId],
      citation: ['case', 'attr:Plateforme'],
      includeMemos: true,
    });
    const text = (
      await call(session, 'documents/get', { id: (await call(session, 'documents/list', {}))[0]?.id ?? 0 })
    ).text;
    const hostile = text.indexOf('<script>');
    expect(file.content).toBe(
      '\uFEFF' +
        [
          'group,code,document,case,Plateforme,speaker,timestamp,segment,start,end,quote,citation,memo',
          'triple journée,triple journée,entretien-3,Participante 3,Foule Factory,Marie,00:12:31,1,0,26,Je fais des tâches le soir,"Participante 3, Foule Factory",Le soir: après le travail salarié !',
          `hostile,hostile,entretien-3,Participante 3,Foule Factory,Marie,00:13:05,3,${hostile},${hostile + 34},<script>alert(1)</script> =SUM(A1),"Participante 3, Foule Factory",`,
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('neutralises a quote that a spreadsheet would run as a formula, when asked to', async () => {
    const { session, documentId } = await paperProject();
    const text = (await call(session, 'documents/get', { id: documentId })).text;
    const start = text.indexOf('=SUM(A1)');
    await call(session, 'codings/create', {
      items: [{ documentId, start, end: start + 8, codeName: '@formule' }],
    });
    const csv = (
      await call(session, 'exports/excerpts', { format: 'csv', groupBy: 'document', csvCells: 'spreadsheet' })
    ).content;
    expect(csv).toContain(",'=SUM(A1),");
    expect(csv).toContain(",'@formule,");
    expect(csv).not.toMatch(/,=SUM/u);
  });

  it('escapes hostile names, quotes and attribute values in HTML', async () => {
    const { session, codeId } = await paperProject();
    await call(session, 'codes/update', { id: codeId, name: 'a "b" <img src=x onerror=alert(1)>' });
    const attribute = await call(session, 'attributes/create', { name: 'Note', type: 'text' });
    const [row] = (await call(session, 'cases/list', {})).cases;
    await call(session, 'cases/setValue', {
      caseId: row?.id ?? 0,
      attributeId: attribute.id,
      value: "</p><script>x='1'</script>",
    });
    const html = (
      await call(session, 'exports/excerpts', {
        format: 'html',
        citation: ['case', 'attr:Note'],
        language: 'en',
      })
    ).content;
    expect(html).not.toMatch(/<script|<img/u);
    expect(html).toContain('<h2>a &quot;b&quot; &lt;img src=x onerror=alert(1)&gt;</h2>');
    expect(html).toContain('— Participante 3, &lt;/p&gt;&lt;script&gt;x=&#39;1&#39;&lt;/script&gt;</p>');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<style>');
  });

  it('refuses a code that does not exist', async () => {
    const { session } = await paperProject();
    expect((await callError(session, 'exports/excerpts', { format: 'md', codeIds: [999] })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('large exports as a job', () => {
  it('reports progress and ends with the same file as the direct export', async () => {
    const { session, documentId } = await paperProject();
    const text = (await call(session, 'documents/get', { id: documentId })).text;
    // 250 more codings: more than two progress steps of 100.
    await call(session, 'codings/create', {
      items: Array.from({ length: 250 }, (_, index) => ({
        documentId,
        // The interview is 102 characters long: distinct ranges of 1 to 3 characters.
        start: index % 100,
        end: (index % 100) + 1 + Math.floor(index / 100),
        codeName: 'lettre',
      })),
    });
    expect(text.length).toBe(102);
    const input = { format: 'md' as const, language: 'fr' as const, groupBy: 'document' as const };
    const { jobId } = await call(session, 'exports/excerptsJob', input);
    // Each step's progress is checked where the worker reports it (offThread.test.ts).
    let status = await call(session, 'jobs/status', { id: jobId });
    while (status.state === 'running') {
      await new Promise((resolve) => setImmediate(resolve));
      status = await call(session, 'jobs/status', { id: jobId });
    }
    expect(status.state).toBe('done');
    expect(status.total).toBe(252);
    expect(status.done).toBe(252);
    expect(status.result).toEqual(await call(session, 'exports/excerpts', input));
  });

  it('stops when cancelled', async () => {
    const { session, documentId } = await paperProject();
    await call(session, 'codings/create', {
      items: Array.from({ length: 300 }, (_, index) => ({
        documentId,
        // The interview is 102 characters long: distinct ranges of 1 to 3 characters.
        start: index % 100,
        end: (index % 100) + 1 + Math.floor(index / 100),
        codeName: 'lettre',
      })),
    });
    const { jobId } = await call(session, 'exports/excerptsJob', { format: 'docx' });
    await call(session, 'jobs/cancel', { id: jobId });
    expect((await session.jobs.wait(jobId)).state).toBe('cancelled');
  });
});

describe('codebook and memos from the command line', () => {
  it('writes the codebook with --codebook and the memos with --memos', async () => {
    const { session, firstCodingId } = await paperProject();
    await call(session, 'memos/save', {
      targetKind: 'coding',
      targetId: firstCodingId,
      title: 'Rythme',
      body: '',
      plainText: 'trois journées en une',
    });
    const path = session.path ?? '';
    session.close();
    const dir = makeTempDir('paper-cli-codebook');
    const codebook = await cli(
      'export',
      path,
      '--codebook',
      '--format',
      'csv',
      '--out',
      join(dir, 'grille.csv'),
    );
    expect(codebook.code).toBe(0);
    expect(readFileSync(join(dir, 'grille.csv'), 'utf8')).toContain('triple journée,triple journée,1,');
    const memos = await cli(
      'export',
      path,
      '--format',
      'md',
      '--memos',
      '--lang',
      'fr',
      '--out',
      join(dir, 'm.md'),
    );
    expect(memos.code).toBe(0);
    expect(readFileSync(join(dir, 'm.md'), 'utf8')).toContain('**Mémo.** Rythme — trois journées en une');
    const bad = await cli('export', path, '--codebook', '--format', 'html', '--out', join(dir, 'x.html'));
    expect(bad.code).toBe(2);
  });
});

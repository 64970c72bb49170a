import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { cli } from '../support/cli.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/**
 * CSV cells hold the exact text by default (R, Python read `+Government`, not
 * `'+Government`); "safe for spreadsheets" guards formulas; XLSX always writes text cells.
 */

const TEXT = 'Marie : +Government cuts, -5 %.\nEnquêteur : =SUM(A1) ?\nMarie : @all oui.\n';

async function project(): Promise<{ session: ProjectSession; path: string }> {
  const path = join(makeTempDir('csv-cells'), 'cells.verbatim');
  const session = testSession();
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'entretien.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  const { text } = await call(session, 'documents/get', { id: documentId });
  const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  await call(session, 'codings/create', {
    items: [
      { documentId, ...at('+Government cuts'), codeName: '+politique' },
      { documentId, ...at('=SUM(A1)'), codeName: '-formule' },
    ],
  });
  const [code] = await call(session, 'codes/list', {});
  await call(session, 'codes/update', { id: code?.id ?? 0, description: '@mention et =calcul' });
  return { session, path };
}

describe('CSV cells', () => {
  it('writes the exact text by default, in excerpts, codebook and matrix CSV', async () => {
    const { session } = await project();
    const excerpts = (await call(session, 'exports/excerpts', { format: 'csv' })).content;
    expect(excerpts).toContain(',+Government cuts,');
    expect(excerpts).toContain(',=SUM(A1),');
    expect(excerpts).toContain('+politique,');
    expect(excerpts).not.toContain("'");
    const codebook = (await call(session, 'exports/codebook', { format: 'csv' })).content;
    expect(codebook).toContain('+politique,+politique,1,');
    expect(codebook).toContain(',@mention et =calcul,');
    const matrix = (
      await call(session, 'exports/matrix', {
        matrix: { columns: 'documents', measure: 'count' },
        format: 'csv',
      })
    ).content;
    // The matrix CSV ends each row with its total (issue 18).
    expect(matrix).toMatch(/\r\n\+politique,1,1\r\n/u);
  });

  it('guards formulas with an apostrophe when asked to be safe for spreadsheets', async () => {
    const { session } = await project();
    const csvCells = 'spreadsheet' as const;
    const excerpts = (await call(session, 'exports/excerpts', { format: 'csv', csvCells })).content;
    expect(excerpts).toContain(",'+Government cuts,");
    expect(excerpts).toContain(",'=SUM(A1),");
    expect(excerpts).not.toMatch(/,[=+\-@]/u);
    const codebook = (await call(session, 'exports/codebook', { format: 'csv', csvCells })).content;
    expect(codebook).toContain("'+politique,'+politique,1,");
    expect(codebook).toContain(",'@mention et =calcul,");
    const matrix = (
      await call(session, 'exports/matrix', {
        matrix: { columns: 'documents', measure: 'count' },
        format: 'csv',
        csvCells,
      })
    ).content;
    expect(matrix).toMatch(/\r\n'\+politique,1,1\r\n/u);
  });

  it('writes a spreadsheet in French with semicolons and French column names', async () => {
    const { session } = await project();
    const input = { format: 'csv', csvCells: 'spreadsheet', language: 'fr' } as const;
    const excerpts = (await call(session, 'exports/excerpts', input)).content;
    expect(excerpts.split('\r\n')[0]).toBe(
      '\uFEFFgroupe;code;document;cas;locuteur;horodatage;tour;début;fin;citation;référence',
    );
    expect(excerpts).toContain(";'=SUM(A1);");
    const codebook = (await call(session, 'exports/codebook', input)).content;
    expect(codebook).toContain(
      'chemin;nom;niveau;couleur;définition;inclusion;exclusion;exemple;codages;archivé',
    );
    expect(codebook).toContain("'+politique;'+politique;1;");
    expect(codebook).toMatch(/;non\r\n/u);
    // For scripts, the exact text keeps commas and English names in French too.
    const exact = (await call(session, 'exports/excerpts', { format: 'csv', language: 'fr' })).content;
    expect(exact.startsWith('\uFEFFgroup,code,document,case,')).toBe(true);
  });

  it('writes XLSX text as text cells, never formulas', async () => {
    const { session } = await project();
    const file = await call(session, 'exports/matrix', {
      matrix: { columns: 'documents', measure: 'count' },
      format: 'xlsx',
    });
    const parts = unzipSync(Buffer.from(file.content, 'base64'));
    const xml = Object.entries(parts)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(xml).toContain('+politique');
    expect(xml).not.toMatch(/<f>/u);
  });

  it('lets the CLI choose with --csv-cells, exact by default, and refuses it for other formats', async () => {
    const { session, path } = await project();
    session.close();
    const dir = makeTempDir('csv-cells-cli');
    const exact = join(dir, 'exact.csv');
    expect((await cli('export', path, '--format', 'csv', '--out', exact, '--skip-scan')).code).toBe(0);
    expect(readFileSync(exact, 'utf8')).toContain(',+Government cuts,');
    const safe = join(dir, 'safe.csv');
    const run = await cli(
      'export',
      path,
      '--format',
      'csv',
      '--csv-cells',
      'spreadsheet',
      '--out',
      safe,
      '--skip-scan',
    );
    expect(run.code).toBe(0);
    expect(readFileSync(safe, 'utf8')).toContain(",'+Government cuts,");
    const codebook = join(dir, 'codebook.csv');
    expect(
      (
        await cli(
          'export',
          path,
          '--codebook',
          '--format',
          'csv',
          '--csv-cells',
          'spreadsheet',
          '--out',
          codebook,
        )
      ).code,
    ).toBe(0);
    expect(readFileSync(codebook, 'utf8')).toContain("'+politique,");
    const wrong = await cli(
      'export',
      path,
      '--format',
      'md',
      '--csv-cells',
      'exact',
      '--out',
      join(dir, 'x.md'),
    );
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--csv-cells applies to CSV exports/u);
    expect((await cli('export', path, '--format', 'csv', '--csv-cells', 'excel', '--out', exact)).code).toBe(
      2,
    );
  });
});

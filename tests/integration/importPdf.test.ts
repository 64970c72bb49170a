import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.ts';
import { convertWithLibreOffice, requireLibreOffice } from '../support/libreOffice.ts';
import { makePdf } from '../support/pdfFiles.ts';
import { requireTool, sharedMaterial } from '../support/requiredTool.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';

/**
 * Real PDFs, read from disk as the CLI and the desktop app read them (a Node Buffer, which
 * pdf.js 5 refused): the REFI-QDA specification from ../shared, one written by LibreOffice,
 * and a page without a text layer, which must still be refused as a scan.
 */
const SPEC_PDF = join(repoRoot, '..', 'shared', 'refi-qda', 'spec', 'REFI-QDA-1-5.pdf');
const SPEC = sharedMaterial(SPEC_PDF);

async function documentText(project: string, name: string): Promise<string> {
  const run = await cli('text', project, name, '--json');
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { text: string }).text;
}

describe('importing real PDF files', () => {
  it('imports the REFI-QDA specification PDF', async (context) => {
    requireTool(context, SPEC);
    const project = join(makeTempDir('pdf-spec'), 'p.verbatim');
    const run = await cli('import', project, SPEC_PDF);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = await documentText(project, 'REFI-QDA-1-5');
    expect(text).toContain('Exchange of processed data between qualitative data analysis software packages');
    expect(text.length).toBeGreaterThan(50_000);
  });

  it('imports a PDF written by LibreOffice, speaker turns and accents kept', async (context) => {
    const soffice = requireLibreOffice(context);
    const dir = makeTempDir('pdf-lo');
    const source = join(dir, 'entretien-lo.txt');
    writeFileSync(
      source,
      'Enquêtrice : Comment organisez-vous vos journées ?\n\nMarie : Je code le soir, après le dîner.\n\nEnquêtrice : Toujours seule ?\n\nMarie : Oui, à la maison.\n',
    );
    const pdf = convertWithLibreOffice(soffice, source, 'pdf', dir);
    const project = join(dir, 'p.verbatim');
    const run = await cli('import', project, pdf, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const shown = await cli('text', project, 'entretien-lo', '--json');
    const document = JSON.parse(shown.stdout) as { text: string; segments: { speaker: string | null }[] };
    expect(document.text).toContain('Je code le soir, après le dîner.');
    expect(document.segments.map((segment) => segment.speaker)).toEqual([
      'Enquêtrice',
      'Marie',
      'Enquêtrice',
      'Marie',
    ]);
  });

  it('still refuses a PDF without a text layer (a scan), read from disk', async () => {
    const dir = makeTempDir('pdf-scan');
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, makePdf([[]]));
    const run = await cli('import', join(dir, 'p.verbatim'), scan);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/scan\.pdf has no text layer \(it is probably a scan\)/u);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importInChild } from '../support/peakMemory.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { makeBombZip } from '../support/zipBomb.ts';

/**
 * Lying-size zip bombs: every entry declares 1,000 bytes, one inflates to gigabytes. Each
 * importer (docx, xlsx, odt, qdpx) must refuse it from the shared guard, before the memory
 * is spent. Memory is measured in a child process; the bound is generous (the bombs unpack
 * to at least 1 GiB, a refusing importer stays around 200 MB), so it holds on any machine.
 */
const GIB = 1024 * 1024 * 1024;
const PEAK_BOUND_MB = 600;
const XML = '<?xml version="1.0" encoding="UTF-8"?>';

const DOCX_PARTS = {
  '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  'word/document.xml': `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Bonjour.</w:t></w:r></w:p></w:body></w:document>`,
};

const XLSX_PARTS = {
  '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  'xl/workbook.xml': `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`,
};

function writeBomb(
  name: string,
  parts: Record<string, string>,
  bombEntry: string,
  realBytes: number,
): string {
  const file = join(makeTempDir('zip-bomb'), name);
  writeFileSync(file, makeBombZip(parts, [{ name: bombEntry, realBytes, declaredBytes: 1000 }]));
  return file;
}

describe('zip bombs whose headers lie about sizes', () => {
  it.each([
    // The part mammoth inflated without limit (word/document.xml alone was checked).
    ['bomb.docx', DOCX_PARTS, 'word/styles.xml', 2 * GIB],
    // A .rels part, which read-excel-file inflates and the old check skipped.
    ['bomb.xlsx', XLSX_PARTS, 'xl/_rels/workbook.xml.rels', GIB],
    ['bomb.odt', { mimetype: 'application/vnd.oasis.opendocument.text' }, 'content.xml', GIB],
    ['bomb.qdpx', {}, 'project.qde', GIB],
  ] as const)('refuses %s within bounded memory', (name, parts, entry, realBytes) => {
    const result = importInChild(writeBomb(name, parts, entry, realBytes));
    expect(result.outcome).toBe(`${name} is damaged: ${entry} declares 1000 bytes but unpacks to more.`);
    expect(result.peakMb).toBeLessThan(PEAK_BOUND_MB);
  });
});

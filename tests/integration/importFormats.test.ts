import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../app/importers/importFile.ts';
import { makeDocx, makeOdt, paragraph } from '../support/officeFiles.ts';
import { makePdf } from '../support/pdfFiles.ts';

const segments = async (name: string, bytes: Uint8Array) => {
  const parsed = await parseSource(name, bytes);
  return parsed.canonical.segments.map((s) => [
    s.speaker,
    s.timestamp,
    parsed.canonical.text.slice(s.start, s.end),
  ]);
};

describe('importing office documents', () => {
  it('reads a .docx: speaker turns, tables flattened, text kept exactly', async () => {
    const body = [
      paragraph('Entretien n° 3'),
      paragraph('Enquêtrice : Vous travaillez pour qui ?'),
      paragraph('Marie : Pour une plateforme & des clients.'),
      '<w:tbl><w:tr><w:tc>' + paragraph('Âge') + '</w:tc><w:tc>' + paragraph('34') + '</w:tc></w:tr></w:tbl>',
      paragraph('Enquêtrice : Merci.'),
      paragraph('Marie : De rien.'),
    ].join('');
    expect(await segments('e3.docx', makeDocx(body))).toEqual([
      [null, null, 'Entretien n° 3'],
      ['Enquêtrice', null, 'Vous travaillez pour qui ?'],
      ['Marie', null, 'Pour une plateforme & des clients.\nÂge | 34'],
      ['Enquêtrice', null, 'Merci.'],
      ['Marie', null, 'De rien.'],
    ]);
  });

  it('reads an .odt: spaces, tabs, line breaks, tables and footnotes at the end', async () => {
    const body = [
      '<text:h>Entretien</text:h>',
      '<text:p>Q : Deux<text:s text:c="2"/>espaces<text:tab/>et<text:line-break/>une ligne<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Note du traducteur.</text:p></text:note-body></text:note></text:p>',
      '<text:p>R : <text:span>Oui</text:span>.</text:p>',
      '<table:table><table:table-row><table:table-cell><text:p>A</text:p></table:table-cell><table:table-cell><text:p>B</text:p></table:table-cell></table:table-row></table:table>',
    ].join('');
    expect(await segments('e.odt', makeOdt(body))).toEqual([
      [null, null, 'Entretien'],
      ['Q', null, 'Deux  espaces\tet\nune ligne[1]'],
      ['R', null, 'Oui.\nA | B\n[1] Note du traducteur.'],
    ]);
  });

  it('reads the text layer of a .pdf: turns across pages, wrapped lines joined, page numbers dropped', async () => {
    const pdf = makePdf([
      [
        'Enquêteur : Bonjour, ça va ?',
        'Marie : Oui, très bien, je travaille',
        'le soir sur la plateforme.',
        '1',
      ],
      ['Enquêteur : Parfait.', 'Marie : Merci à vous.', '2'],
    ]);
    expect(await segments('e.pdf', pdf)).toEqual([
      ['Enquêteur', null, 'Bonjour, ça va ?'],
      ['Marie', null, 'Oui, très bien, je travaille le soir sur la plateforme.'],
      ['Enquêteur', null, 'Parfait.'],
      ['Marie', null, 'Merci à vous.'],
    ]);
  });

  it('says clearly when a .pdf has no text layer, or is not a PDF', async () => {
    await expect(parseSource('scan.pdf', makePdf([[], []]))).rejects.toThrow(
      /scan.pdf has no text layer.*OCR/u,
    );
    await expect(parseSource('fake.pdf', new TextEncoder().encode('%PDF-1.4 garbage'))).rejects.toThrow(
      /fake.pdf is damaged or not a real PDF/u,
    );
  });

  it('keeps right-to-left text and mixed line endings intact', async () => {
    const text = 'المقابلة الأولى\r\nسؤال: كيف تعمل؟\rجواب: في الليل.\n';
    const parsed = await parseSource('ar.txt', new TextEncoder().encode(text));
    expect(parsed.canonical.text).toBe('المقابلة الأولى\nسؤال: كيف تعمل؟\nجواب: في الليل.');
  });
});

describe('bad office files get a clear error', () => {
  const refuse = (name: string, bytes: Uint8Array) => expect(parseSource(name, bytes)).rejects;

  it('a damaged .docx or .odt', async () => {
    await refuse('broken.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).toThrow(/damaged/u);
    await refuse('fake.docx', new TextEncoder().encode('not a zip at all')).toThrow(
      /damaged or not a real docx/u,
    );
    await refuse('empty-zip.docx', zipSync({ 'a.txt': strToU8('x') })).toThrow(/not a Word document/u);
    await refuse(
      'broken.odt',
      zipSync({ 'content.xml': strToU8('<office:document-content><unclosed') }),
    ).toThrow(/damaged/u);
  });

  it('a password-protected .docx', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await refuse('secret.docx', ole).toThrow(/password-protected/u);
  });

  it('a zip bomb renamed .docx', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await refuse('bomb.docx', bomb).toThrow(/zip bomb/u);
  });

  it('a .docx whose XML declares external entities', async () => {
    const doctype = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    await refuse('xxe.docx', makeDocx(paragraph('&xxe;'), { doctype })).toThrow(/document type declaration/u);
  });

  it('an unsupported format names the supported ones', async () => {
    await refuse('slides.pptx', new TextEncoder().encode('PK')).toThrow(
      /\.pptx format is not supported; import \.txt, \.md, \.docx, \.odt, \.pdf/u,
    );
  });
});

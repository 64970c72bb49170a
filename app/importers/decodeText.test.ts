import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './decodeText.ts';

const FRENCH = 'Enquêteur : Ça va ?\nMarie : Oui, très bien — merci.';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** Windows-1252 bytes of a text made of Latin-1 characters and the em dash. */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => (char === '—' ? 0x97 : char.charCodeAt(0))));
}

describe('text encodings', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(FRENCH), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(FRENCH)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16(FRENCH, true, true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(FRENCH, false, true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(FRENCH, true, false), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16(FRENCH, false, false), 'utf-16be'],
    ['Windows-1252', cp1252(FRENCH), 'windows-1252'],
  ])('reads %s', (_label, bytes, encoding) => {
    expect(decodeTextFile('f.txt', bytes)).toEqual({ text: FRENCH, encoding });
  });

  it('lets the user force an encoding, and says when it does not fit', () => {
    const bytes = new TextEncoder().encode(FRENCH);
    expect(decodeTextFile('f.txt', bytes, 'windows-1252')).toEqual({
      text: 'EnquÃªteur : Ã‡a va ?\nMarie : Oui, trÃ¨s bien â€” merci.',
      encoding: 'windows-1252',
    });
    // Forced UTF-8 on bytes that are not: shown as U+FFFD, and said where.
    const forced = decodeTextFile('f.txt', cp1252(FRENCH), 'utf-8');
    expect(forced.text).toBe('Enqu\uFFFDteur : \uFFFDa va ?\nMarie : Oui, tr\uFFFDs bien \uFFFD merci.');
    expect(forced.notes?.map((note) => [note.key, note.count, note.where])).toEqual([
      ['invalidBytes', 4, '1, 2'],
    ]);
  });

  it('refuses binary, empty and blank files', () => {
    expect(() =>
      decodeTextFile('x.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toThrow(/binary/u);
    expect(() => decodeTextFile('x.txt', new Uint8Array())).toThrow(/empty/u);
    expect(() => decodeTextFile('x.txt', new TextEncoder().encode(' \n\t '))).toThrow(/no text/u);
  });

  it('removes a few stray NUL bytes from a long text, with a note, but refuses many', () => {
    const text = `Q : Bonjour.\nR : Oui.\n${'Une ligne de transcription ordinaire.\n'.repeat(100)}`;
    const bytes = new TextEncoder().encode(text);
    const damaged = new Uint8Array([...bytes.subarray(0, 10), 0, ...bytes.subarray(10)]);
    const decoded = decodeTextFile('nul.txt', damaged);
    expect(decoded.text).toBe(text);
    expect(decoded.notes?.map((note) => note.text)).toEqual([
      '1 stray NUL byte removed (they carry no text).',
    ]);
    const many = bytes.map((byte, index) => (index % 50 === 0 ? 0 : byte));
    expect(() => decodeTextFile('many.txt', many)).toThrow(/many.txt looks like a binary file/u);
  });

  it('keeps right-to-left text intact', () => {
    const arabic = 'الباحث : كيف حالك؟\nمريم : بخير، شكرا.';
    expect(decodeTextFile('ar.txt', new TextEncoder().encode(arabic)).text).toBe(arabic);
  });
});

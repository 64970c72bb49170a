import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { listZip } from './zipReader.ts';
import { isUnsafeEntryName, isXmlPart, openArchive, storedZip, unpackArchive } from './zipSafety.ts';

/** Rewrites the uncompressed size the central directory declares for `name`. */
function declare(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const found = out.subarray(at + 46, at + 46 + length);
    if (found.length === wanted.length && found.every((byte, index) => byte === wanted[index])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`${name} is not in the zip`);
}

const zip = (files: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));

const errorOf = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('no error');
};

describe('isUnsafeEntryName', () => {
  it.each([
    '../x',
    'sources/../../x.txt',
    '/etc/project.qde',
    '\\x.qde',
    'C:\\Users\\x.qde',
    'c:x',
    'a\\..\\b',
    'x\0.txt',
  ])('refuses %j', (name) => {
    expect(isUnsafeEntryName(name)).toBe(true);
  });

  it.each(['project.qde', 'Sources/ABC.TXT', 'sources\\abc.txt', 'sources/.root', 'a..b.txt', 'sources/'])(
    'accepts %j',
    (name) => {
      expect(isUnsafeEntryName(name)).toBe(false);
    },
  );
});

describe('openArchive', () => {
  it('refuses the whole archive when any entry has an unsafe path, and names it', () => {
    const error = errorOf(() => openArchive('p.qdpx', zip({ 'project.qde': '<x/>', '../../evil.txt': 'x' })));
    expect(error.message).toMatch(/unsafe path \(«\.\.\/\.\.\/evil\.txt»\)/u);
    expect(errorOf(() => openArchive('p.qdpx', zip({ '/etc/project.qde': '<x/>' }))).message).toMatch(
      /«\/etc\/project\.qde»/u,
    );
  });

  it('counts only what is read: a huge entry that is never read does not refuse the archive', () => {
    // The central directory says 300 MB for the video: reading everything refuses that.
    const bytes = declare(
      zip({ 'project.qde': '<Project/>', 'sources/v.mp4': 'video' }),
      'sources/v.mp4',
      300e6,
    );
    expect(openArchive('p.qdpx', bytes).readText('project.qde')).toBe('<Project/>');
    expect(unpackArchive('p.docx', bytes, (name) => name.endsWith('.qde')).size).toBe(1);
    expect(errorOf(() => unpackArchive('p.docx', bytes, () => true)).message).toMatch(/zip bomb/u);
  });

  it('refuses to read an entry that declares more than the limits', () => {
    const bytes = declare(zip({ 'project.qde': '<Project/>', 'big.txt': 'x' }), 'big.txt', 300e6);
    expect(errorOf(() => openArchive('p.qdpx', bytes).readText('big.txt')).message).toMatch(/zip bomb/u);
  });

  it('refuses, rather than truncates, an entry that unpacks to more than its header says', () => {
    const text = 'Bonjour, '.repeat(200);
    const bytes = declare(zip({ 'a.txt': text }), 'a.txt', 100);
    expect(errorOf(() => openArchive('p.qdpx', bytes).readText('a.txt')).message).toMatch(
      /a\.txt declares 100 bytes but unpacks to more/u,
    );
    expect(errorOf(() => unpackArchive('d.docx', bytes, () => true)).message).toMatch(/declares 100 bytes/u);
  });

  it('refuses an entry that unpacks to less than its header says', () => {
    const bytes = declare(zip({ 'a.txt': 'court' }), 'a.txt', 50);
    expect(errorOf(() => openArchive('p.qdpx', bytes).readText('a.txt')).message).toMatch(/unpacks to 5/u);
  });

  it('reads stored and deflated entries, with UTF-8 names', () => {
    const bytes = zipSync({
      'é.txt': [strToU8('stocké'), { level: 0 }],
      'b.txt': strToU8('dégonflé '.repeat(50)),
    });
    const archive = openArchive('p.qdpx', bytes);
    expect(archive.names).toEqual(['é.txt', 'b.txt']);
    expect(archive.readText('é.txt')).toBe('stocké');
    expect(archive.readText('b.txt')).toBe('dégonflé '.repeat(50));
  });

  it('hands libraries only checked parts, re-packed without compression', () => {
    const bytes = zip({
      'word/document.xml': '<w/>'.repeat(100),
      'word/media/a.png': 'png',
      '_rels/.rels': '<r/>',
    });
    const parts = unpackArchive('d.docx', bytes, isXmlPart);
    expect([...parts.keys()]).toEqual(['word/document.xml', '_rels/.rels']);
    const stored = storedZip(parts);
    expect(listZip(stored).map((entry) => [entry.name, entry.method])).toEqual([
      ['word/document.xml', 0],
      ['_rels/.rels', 0],
    ]);
    expect(openArchive('d.docx', stored).readText('word/document.xml')).toBe('<w/>'.repeat(100));
  });

  it('refuses a document type declaration in any XML part it hands over', () => {
    const bytes = zip({
      'word/document.xml': '<w/>',
      'word/styles.xml': '<!DOCTYPE x [<!ENTITY a "b">]><x/>',
    });
    expect(errorOf(() => unpackArchive('d.docx', bytes, isXmlPart)).message).toMatch(
      /document type declaration/u,
    );
  });

  it('says a damaged archive is damaged', () => {
    const bytes = zip({ 'a.txt': 'x' });
    expect(errorOf(() => openArchive('p.qdpx', bytes.subarray(0, bytes.length - 10))).message).toMatch(
      /damaged/u,
    );
  });

  it('fails only with a clear error on damaged archives, and never reads a damaged entry as text (property)', () => {
    const good = zipSync({
      'project.qde': strToU8('<Project/>'.repeat(20)),
      'sources/a.txt': strToU8('Enquêteur : Et le soir ? 😅 '.repeat(30)),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat(good.length),
        (flips, cut) => {
          const bytes = good.slice(0, Math.max(cut, 22));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          try {
            const archive = openArchive('p.qdpx', bytes);
            // What reads at all reads exactly as written (the CRC is checked).
            for (const name of archive.names)
              expect(['<Project/>'.repeat(20), 'Enquêteur : Et le soir ? 😅 '.repeat(30)]).toContain(
                archive.readText(name),
              );
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

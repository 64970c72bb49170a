import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unpackArchive } from '../../importers/zipSafety.ts';
import { MemorySink } from './byteSink.ts';
import { ZipStream } from './zipStream.ts';

/** Text that does not compress to nothing: a long entry spans many compressed pieces. */
function longText(characters: number): string {
  const words = ['entretien', 'plateforme', 'écran', 'soirée', '😅', 'tâche', 'opaque'];
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < characters; index++) {
    const word = `${words[(index * 7 + (index >> 3)) % words.length]}${index % 97}`;
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ');
}

describe('ZipStream', () => {
  it('writes whole and streamed entries that zip readers and the import guard read back', () => {
    const sink = new MemorySink();
    const zip = new ZipStream(sink);
    const streamed = longText(900_000);
    zip.addFile('sources/a.txt', 'Bonjour, écran 😅');
    const entry = zip.openEntry('project.qde');
    // Uneven pieces, across the compression's piece size.
    for (let at = 0; at < streamed.length; at += 70_001) entry.write(streamed.slice(at, at + 70_001));
    entry.end();
    zip.addFile('empty.txt', new Uint8Array());
    zip.finish();
    const bytes = sink.toBuffer();
    expect(bytes.length).toBeLessThan(streamed.length / 2);

    const decoded = (data: Uint8Array | undefined) => new TextDecoder().decode(data);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['sources/a.txt', 'project.qde', 'empty.txt']);
    expect(decoded(files['project.qde'])).toBe(streamed);
    expect(decoded(files['sources/a.txt'])).toBe('Bonjour, écran 😅');
    expect(files['empty.txt']).toHaveLength(0);

    // Verbatim's own guard (sizes checked, CRC checked) reads what Verbatim writes.
    const parts = unpackArchive('export.qdpx', bytes, () => true);
    expect(decoded(parts.get('project.qde'))).toBe(streamed);
  });

  it('refuses to open an entry while another is being written', () => {
    const zip = new ZipStream(new MemorySink());
    zip.openEntry('a.xml');
    expect(() => zip.addFile('b.xml', 'x')).toThrow(/still being written/u);
  });
});

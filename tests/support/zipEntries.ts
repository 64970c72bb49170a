import { unzipSync } from 'fflate';

const FIXED_TIME = '2026-01-01T00:00:00Z';

/**
 * The entries of a zip (a .docx, .xlsx or .qdpx) as text, sorted by name, the time the file
 * was made replaced by a fixed one: two exports of the same content compare equal.
 */
export function zipEntriesAsText(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, data]) => [
        name,
        new TextDecoder()
          .decode(data)
          .replace(/(<Project [^>]*creationDateTime=")[^"]+"/u, `$1${FIXED_TIME}"`)
          .replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]+</gu, `$1${FIXED_TIME}<`),
      ]),
  );
}

import { findDocumentByChecksum, type Db } from '../../db/index.ts';
import type { OutputOf, ParsedInputOf } from '../contract/api.ts';
import type { ImportPreviewFile, SpeakerCount } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { parseSource, type ParsedSource } from '../importers/importFile.ts';
import { groupFindings } from '../pseudonymise/group.ts';

const EXCERPT_LENGTH = 240;

function speakersOf(parsed: ParsedSource): SpeakerCount[] {
  const counts = new Map<string, number>();
  for (const segment of parsed.canonical.segments) {
    if (segment.speaker !== null) counts.set(segment.speaker, (counts.get(segment.speaker) ?? 0) + 1);
  }
  return [...counts].map(([label, turns]) => ({ label, turns })).sort((a, b) => b.turns - a.turns);
}

/**
 * Parses every file as the import would, without storing anything, so the researcher can
 * check encodings, speakers and duplicates, and review likely identifiers before committing.
 */
export async function previewImport(
  db: Db,
  files: ParsedInputOf<'documents/previewImport'>['files'],
): Promise<OutputOf<'documents/previewImport'>> {
  const previews: ImportPreviewFile[] = [];
  const parsedFiles: ParsedSource[] = [];
  const batchChecksums = new Map<string, string>();
  for (const file of files) {
    try {
      const parsed = await parseSource(file.name, Buffer.from(file.base64, 'base64'), {
        encoding: file.encoding,
      });
      const duplicate =
        findDocumentByChecksum(db, parsed.checksum)?.name ?? batchChecksums.get(parsed.checksum);
      batchChecksums.set(parsed.checksum, parsed.sourceName);
      parsedFiles.push(parsed);
      previews.push({
        file: file.name,
        ok: true,
        name: parsed.name,
        format: parsed.format,
        encoding: parsed.encoding,
        characters: parsed.canonical.text.length,
        segmentCount: parsed.canonical.segments.length,
        speakers: speakersOf(parsed),
        notes: parsed.notes,
        duplicateOf: duplicate ?? null,
        excerpt: parsed.canonical.text.slice(0, EXCERPT_LENGTH),
      });
    } catch (error) {
      previews.push({
        file: file.name,
        ok: false,
        message: error instanceof AppError ? error.message : `${file.name}: ${String(error)}`,
        translated: error instanceof AppError ? error.translated : undefined,
      });
    }
  }
  // Speaker labels can name people too: they are scanned with the text.
  const findings = groupFindings(
    parsedFiles.map((parsed) => ({
      source: parsed.name,
      text: [parsed.canonical.text, ...speakersOf(parsed).map((speaker) => speaker.label)].join('\n\n'),
    })),
  );
  return { files: previews, findings };
}

import {
  findDocumentsByName,
  getDocument,
  listDocuments,
  type Db,
  type DocumentRow,
} from '../../db/index.ts';
import type { ParsedInputOf } from '../contract/api.ts';
import { AppError } from '../errors.ts';
import { baseNameOf, parseSource, withoutExtension, type ParsedSource } from '../importers/importFile.ts';
import { applyEdits, editSize, editsBetween } from '../text/textEdits.ts';
import { rewriteDocument } from './rewriteDocument.ts';
import { codingSpans, type DocumentState, type Rewrite } from './storeRewrite.ts';

type NewVersion = ParsedInputOf<'documents/previewUpdate'>['file'];

/** A new version of a document's file, read by the importer of its format. */
export function parseNewVersion(file: NewVersion): Promise<ParsedSource> {
  return parseSource(file.name, Buffer.from(file.base64, 'base64'), { encoding: file.encoding });
}

/**
 * The new version aligned with the current text word by word (app/text/textEdits.ts
 * editsBetween): every coding re-anchored through the edits that turn one into the other;
 * the turns are those of the new file, each keeping the id of the segment at its ordinal.
 */
export function planUpdate(state: DocumentState, parsed: ParsedSource): Rewrite {
  const text = parsed.canonical.text;
  const edits = editsBetween(state.text, text);
  if (applyEdits(state.text, edits) !== text) {
    throw new AppError(
      'INTERNAL',
      `The new version of ${state.document.name} could not be aligned with the current text.`,
    );
  }
  const segments = parsed.canonical.segments.map((segment, ordinal) => ({
    id: state.segments[ordinal]?.id ?? null,
    start: segment.start,
    end: segment.end,
    speaker: segment.speaker,
    timestamp: segment.timestamp,
  }));
  const rewrite = rewriteDocument(state, codingSpans(state.codings), edits, text, segments);
  return { ...rewrite, ...editSize(edits) };
}

/**
 * The document a new version is for: the one named like the file without its extension,
 * else the one imported from a file of the same name. Throws when none or several match.
 */
export function documentForFile(db: Db, fileName: string): DocumentRow {
  const byName = findDocumentsByName(db, withoutExtension(fileName));
  const matches =
    byName.length > 0
      ? byName
      : listDocuments(db)
          .map((summary) => getDocument(db, summary.id))
          .filter((row): row is DocumentRow => row?.sourceName === baseNameOf(fileName));
  if (matches.length === 1 && matches[0]) return matches[0];
  const params = { file: baseNameOf(fileName), name: withoutExtension(fileName), count: matches.length };
  throw new AppError(
    'NOT_FOUND',
    matches.length === 0
      ? `${baseNameOf(fileName)}: no document is named “${withoutExtension(fileName)}” or was imported from a file of that name.`
      : `${baseNameOf(fileName)}: ${matches.length} documents are named “${withoutExtension(fileName)}”; update them one by one.`,
    { key: matches.length === 0 ? 'noDocumentForFile' : 'severalDocumentsForFile', params },
  );
}

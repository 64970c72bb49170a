import { createHash, randomUUID } from 'node:crypto';
import {
  compactProjectFile,
  ensureCoder,
  forgetDoneEventsOfKind,
  getDocument,
  insertEvent,
  listCodingSpansOfDocument,
  listDocuments,
  listSegmentIdsOfDocument,
  optimiseSearchIndex,
  refreshStatistics,
  setEventState,
  updateCodingSpan,
  updateDocumentText,
  updateSegment,
  withSecureDelete,
  type Db,
  type DocumentRow,
  writeTransaction,
} from '../../db/index.ts';
import type { ExportedFile, PseudonymiseReport, Replacement } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { textsOfExport } from '../pseudonymise/exportScan.ts';
import { groupFindings, type ScannedText } from '../pseudonymise/group.ts';
import { mappingToCsv } from '../pseudonymise/mappingCsv.ts';
import { purgeElsewhere, type RewrittenText } from '../pseudonymise/purgeProject.ts';
import { conflictingVariants } from '../pseudonymise/replace.ts';
import { eventText } from '../history/record.ts';
import { DOCUMENT_DELETION } from '../history/removal.ts';
import { rewriteDocument } from '../pseudonymise/rewrite.ts';
import type { ProjectSession } from '../session.ts';
import { describeBusy, describeHolder, holderNames } from '../storageErrors.ts';
import { closeBlindReader } from '../visibility/blindSession.ts';
import { ownTransaction, read, type OperationGroup } from '../registration/registry.ts';

/** The documents asked for, in the order of the documents list; none asked means all. */
function selectDocuments(db: Db, ids: readonly number[]): DocumentRow[] {
  const wanted = ids.length > 0 ? ids : listDocuments(db).map((summary) => summary.id);
  return [...new Set(wanted)].map((id) => {
    const document = getDocument(db, id);
    if (!document)
      throw new AppError('NOT_FOUND', `There is no document with id ${id} in this project.`, {
        key: 'documentNotFound',
        params: { id },
      });
    return document;
  });
}

/** Speaker labels are identifiers too ("Marie Dupont : …"); each distinct label is scanned once. */
function scannedTexts(db: Db, document: DocumentRow): ScannedText[] {
  const labels = new Set<string>();
  for (const segment of listSegmentIdsOfDocument(db, document.id)) {
    if (segment.speaker !== null) labels.add(segment.speaker);
  }
  return [
    { source: document.name, text: document.text },
    ...[...labels].map((label) => ({ source: document.name, text: label, speakerLabel: true })),
  ];
}

function checkReplacements(replacements: readonly Replacement[]): void {
  const multiline = replacements
    .flatMap(({ variants, replacement }) => [...variants, replacement])
    .find((value) => /[\r\n]/u.test(value));
  if (multiline !== undefined) {
    // A line break could join or split segments, whose separator is a blank line.
    throw new AppError(
      'INVALID_INPUT',
      'A variant or a replacement spans several lines; keep each on one line.',
      { key: 'replacementMultiline' },
    );
  }
  const conflicts = conflictingVariants(replacements);
  if (conflicts.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `Each spelling can have only one replacement, but ${conflicts.map((variant) => `“${variant}”`).join(', ')} ${conflicts.length === 1 ? 'has' : 'have'} several. Link it to one person only.`,
      { key: 'variantConflict', params: { variants: conflicts.map((variant) => `«${variant}»`).join(', ') } },
    );
  }
}

/**
 * Rewrites the documents and every other copy of the names in the caller's transaction, and
 * merges the search index so that replaced words leave it; returns what changed.
 */
function applyInTransaction(
  db: Db,
  documentIds: readonly number[],
  replacements: readonly Replacement[],
  coder: string,
): PseudonymiseReport {
  const changed = new Map<number, RewrittenText>();
  let replaced = 0;
  for (const document of selectDocuments(db, documentIds)) {
    const segments = listSegmentIdsOfDocument(db, document.id);
    const codings = listCodingSpansOfDocument(db, document.id);
    const rewrite = rewriteDocument({ text: document.text, segments, codings }, replacements);
    if (rewrite.replaced === 0) continue;
    replaced += rewrite.replaced;
    changed.set(document.id, { edits: rewrite.edits, text: rewrite.text });
    updateDocumentText(
      db,
      document.id,
      rewrite.text,
      createHash('sha256').update(rewrite.text).digest('hex'),
    );
    for (const segment of rewrite.segments) {
      updateSegment(db, segment, rewrite.text.slice(segment.start, segment.end));
    }
    for (const coding of rewrite.codings) updateCodingSpan(db, coding);
  }
  // A deleted transcript is kept whole by its deletion's event, for undo; a researcher
  // takes it for gone from the file they share, and it may hold names no listed spelling
  // covers. Its deletion becomes final (docs/security/pseudonymisation.md).
  forgetDoneEventsOfKind(db, DOCUMENT_DELETION);
  // Every earlier copy goes too: a name left in a document's old name, a memo or the
  // history would still be in the file the user shares (docs/security/pseudonymisation.md).
  const purged = purgeElsewhere(db, replacements, changed);
  const elsewhere = purged.current;
  const report = { documents: changed.size, replaced, elsewhere };
  // Merged even when nothing is replaced now: the index may keep the words of a segment
  // deleted earlier (a deleted document) until its segments merge.
  optimiseSearchIndex(db);
  if (replaced + elsewhere + purged.copies === 0) return report;
  // Documents and segments are not undoable rows, and an undo would have to store the
  // original names in the project: the event is listed in the history but set aside at once
  // (state 'discarded'), so undo skips it and goes on with the change before it. Recording
  // it also discards what was undone before: no redo could bring back a purged row.
  const eventId = insertEvent(db, {
    guid: randomUUID(),
    coderId: ensureCoder(db, coder),
    createdAt: new Date().toISOString(),
    kind: 'document.pseudonymise',
    ...eventText(
      { key: 'documentsPseudonymise', values: { count: changed.size, replaced: replaced + elsewhere } },
      { documents: String(changed.size), replaced: String(replaced), elsewhere: String(elsewhere) },
    ),
    changes: '[]',
  });
  setEventState(db, eventId, 'discarded');
  return report;
}

/**
 * Another program with the project open reads it through its own snapshot, which keeps the
 * file's old pages, names included, until it lets go: compacting could not remove them.
 */
function refuseWhileHeld(session: ProjectSession): void {
  const others = session.guard().others();
  if (others.length > 0)
    throw new AppError(
      'BUSY',
      `${describeBusy(others)} Close it there before pseudonymising: while another program has the project open, the names can stay in the file.`,
      { key: 'pseudonymiseWhileOpen', params: { holders: holderNames(others) } },
    );
}

/** The rewrite is kept, but the file still holds the old pages: say so, never claim success. */
function stillInFile(session: ProjectSession): AppError {
  const others = session.guard().others();
  const who = others.length === 0 ? 'another program' : others.map(describeHolder).join(', or ');
  return new AppError(
    'BUSY',
    `The names were replaced in the project, but their earlier text is still in the project file, because ${who} is reading it. Do not share the file yet: close the project there, then apply the same pseudonymisation again to remove it.`,
    others.length === 0
      ? { key: 'namesStillInFile' }
      : { key: 'namesStillInFileBy', params: { holders: holderNames(others) } },
  );
}

/** Pseudonymisation of documents already in the project (docs/PSEUDONYMISATION.md). */
export const pseudonymiseOperations = {
  'pseudonymise/scanDocuments': read(({ documentIds }, session) => {
    const db = session.db();
    return groupFindings(selectDocuments(db, documentIds).flatMap((document) => scannedTexts(db, document)));
  }),
  // Scans only what the export writes (an excerpt export: its quotes, not whole transcripts),
  // reading the large tables in one streaming pass; it used to read every transcript with a
  // query per document before any export.
  'pseudonymise/scanForExport': read(({ scope, includeMemos, codeIds }, session) =>
    groupFindings(textsOfExport(session.db(), scope, includeMemos ?? false, codeIds)),
  ),
  'pseudonymise/applyToDocuments': ownTransaction(
    'Rewrites with secure_delete, then compacts the file after the commit; its event is set aside at once (applyInTransaction).',
    ({ documentIds, replacements }, session) => {
      checkReplacements(replacements);
      refuseWhileHeld(session);
      const db = session.db();
      const coder = session.coder.name;
      // secure_delete zeroes what the transaction deletes; compacting afterwards removes what
      // earlier edits left in free pages, so the replaced text is gone from the file. It
      // compacts whatever was replaced now: a name may survive only in the free pages of a
      // document deleted earlier, and applying the pseudonymisation must remove it there too.
      const { report, compacted } = withSecureDelete(db, () => {
        const rewritten = writeTransaction(db, () =>
          applyInTransaction(db, documentIds, replacements, coder),
        );
        refreshStatistics(db);
        // The blind reader (blind mode) is a second connection of this session: closed, it
        // cannot keep the old pages; the next read opens it again.
        closeBlindReader(db);
        return { report: rewritten, compacted: compactProjectFile(db) };
      });
      if (!compacted) {
        // The rewrite is committed: earlier backups hold the names and must go, as on success.
        session.afterOperation('pseudonymise/applyToDocuments');
        throw stillInFile(session);
      }
      return report;
    },
  ),
  'pseudonymise/mappingFile': read(({ replacements }): ExportedFile => {
    checkReplacements(replacements);
    return {
      fileName: 'pseudonymisation-mapping.csv',
      mimeType: 'text/csv',
      content: mappingToCsv(replacements),
    };
  }),
} satisfies OperationGroup;

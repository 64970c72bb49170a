import {
  iterateCodingsByDocument,
  iterateDocumentTexts,
  listSegmentsOfDocuments,
  listSets,
  readProjectOutline,
  type CodingPlacement,
  type DocumentOutline,
  type Db,
} from '../../../db/index.ts';
import type { ByteSink } from '../../exports/stream/byteSink.ts';
import { ZipStream } from '../../exports/stream/zipStream.ts';
import { isHighSurrogate, isLowSurrogate } from '../../text/offsets.ts';
import { TURNS_CLOSING, TURNS_ENTRY, TURNS_OPENING, turnsSidecarMember } from './turnsSidecar.ts';
import { projectXml, sourceFileName } from './writeProject.ts';

/** Where a text's surrogate pairs are, to count code points without keeping the text. */
interface CodePointTable {
  readonly length: number;
  /** Offsets of the second unit of each surrogate pair, ascending. */
  readonly seconds: Int32Array;
}

const NO_PAIRS = new Int32Array(0);

function codePointTable(text: string): CodePointTable {
  if (!/[\u{10000}-\u{10FFFF}]/u.test(text)) return { length: text.length, seconds: NO_PAIRS };
  const seconds: number[] = [];
  for (let index = 1; index < text.length; index++) {
    if (isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1)))
      seconds.push(index);
  }
  return { length: text.length, seconds: Int32Array.from(seconds) };
}

/** UTF-16 offset to code points, as codePointCounter counts them (clamped to the text). */
function codePointsOf({ length, seconds }: CodePointTable): (utf16: number) => number {
  return (utf16) => {
    const at = Math.max(0, Math.min(length, utf16));
    let low = 0;
    let high = seconds.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((seconds[middle] ?? 0) < at) low = middle + 1;
      else high = middle;
    }
    return at - low;
  };
}

/** Called after each document of each pass: progress, and a cancel thrown from there. */
export type QdpxStep = (done: number, total: number) => void;

/** Documents whose turns are read at once: about 40,000 segments at the 1x project's 200 per document. */
const TURNS_BATCH = 200;

/**
 * The turns side file (turnsSidecar.ts), document by document in id order. The segments
 * are read a batch of documents at a time as columns (listSegmentsOfDocuments), as the
 * excerpt exports read them: iterating them through the document index, a row object at
 * a time, took two to three times as long (profiled on the 1x and 10x projects).
 */
function writeTurns(db: Db, zip: ZipStream, documents: readonly DocumentOutline[]): void {
  let entry: ReturnType<ZipStream['openEntry']> | null = null;
  for (let index = 0; index < documents.length; index += TURNS_BATCH) {
    const batch = documents.slice(index, index + TURNS_BATCH);
    const segments = listSegmentsOfDocuments(db, batch[0]?.id ?? 0, batch.at(-1)?.id ?? 0);
    for (const document of batch) {
      const turns = segments.get(document.id);
      const member = turns ? turnsSidecarMember(document, turns) : null;
      if (member === null) continue;
      if (entry === null) {
        entry = zip.openEntry(TURNS_ENTRY);
        entry.write(TURNS_OPENING);
      } else entry.write(',');
      entry.write(member);
    }
  }
  const opened = entry as ReturnType<ZipStream['openEntry']> | null;
  if (opened !== null) {
    opened.write(TURNS_CLOSING);
    opened.end();
  }
}

/**
 * The project as a REFI-QDA .qdpx, streamed to `sink`: each transcript becomes its
 * `sources/` entry as it is read, then the turns side file, then `project.qde`, written
 * source by source from the codings read in document order. Only the small tables (codes,
 * memos, cases, sets) and each text's surrogate-pair offsets are held; the caller gives
 * one read transaction (readSnapshot), so the passes see the same project.
 */
export function writeQdpx(db: Db, name: string, sink: ByteSink, step: QdpxStep): void {
  const outline = readProjectOutline(db);
  const xml = projectXml(name, outline, { documents: listSets(db, 'document'), codes: listSets(db, 'code') });
  const byId = new Map(outline.documents.map((document) => [document.id, document]));
  const total = outline.documents.length * 2;
  const zip = new ZipStream(sink);
  const tables = new Map<number, CodePointTable>();
  let done = 0;
  for (const { id, text } of iterateDocumentTexts(db)) {
    const document = byId.get(id);
    if (!document) continue;
    zip.addFile(`sources/${sourceFileName(document)}`, text);
    tables.set(id, codePointTable(text));
    step(++done, total);
  }
  writeTurns(db, zip, outline.documents);

  const qde = zip.openEntry('project.qde');
  qde.write(xml.head);
  const codings = iterateCodingsByDocument(db);
  try {
    let next = codings.next();
    for (const document of outline.documents) {
      const mine: CodingPlacement[] = [];
      while (!next.done && next.value.documentId <= document.id) {
        if (next.value.documentId === document.id) mine.push(next.value);
        next = codings.next();
      }
      const table = tables.get(document.id) ?? { length: 0, seconds: NO_PAIRS };
      qde.write(xml.textSource({ document, codings: mine, codePoints: codePointsOf(table) }));
      step(++done, total);
    }
  } finally {
    codings.return?.();
  }
  qde.write(xml.tail);
  qde.end();
  zip.finish();
}

import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  ensureCoder,
  insertCode,
  insertCoding,
  insertDocument,
  writeTransaction,
  type Db,
} from '../../db/index.ts';
import { buildCanonicalDocument } from '../../app/text/canonical.ts';
import { splitIntoTurns } from '../../app/text/speakers.ts';

const VOCABULARY = [
  'plateforme',
  'tâche',
  'journée',
  'soir',
  'enfants',
  'écran',
  'opaque',
  'éthique',
  'seule',
  'payé',
  'micro',
  'travail',
  'client',
  'note',
  'algorithme',
  'mission',
  'temps',
  'argent',
  'famille',
  'fatigue',
];

/** A deterministic pseudo-random generator, so that every run measures the same project. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * Fills `db` with the reference project: `documents` transcripts of `words` words in
 * speaker turns, `codes` codes, `codings` codings spread over the documents.
 */
export function fillLargeProject(
  db: Db,
  sizes: { documents: number; words: number; codes: number; codings: number },
): number {
  const random = generator(42);
  const start = performance.now();
  writeTransaction(db, () => {
    const coderIds = [ensureCoder(db, 'alice'), ensureCoder(db, 'bob')];
    const codeIds = Array.from({ length: sizes.codes }, (_, i) =>
      insertCode(db, {
        guid: randomUUID(),
        name: `code ${i}`,
        color: '#4363d8',
        parentId: null,
        createdAt: new Date().toISOString(),
      }),
    );
    const documents: { id: number; text: string }[] = [];
    for (let d = 0; d < sizes.documents; d++) {
      const lines: string[] = [];
      let count = 0;
      for (let turn = 0; count < sizes.words; turn++) {
        const length = 10 + Math.floor(random() * 60);
        const body = Array.from({ length }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(
          ' ',
        );
        lines.push(`${turn % 2 === 0 ? 'Enquêteur' : 'Répondante'} : ${body}.`);
        count += length;
      }
      const canonical = buildCanonicalDocument(splitIntoTurns(lines.join('\n')));
      const id = insertDocument(db, {
        guid: randomUUID(),
        name: `entretien-${String(d).padStart(3, '0')}`,
        text: canonical.text,
        sourceName: `entretien-${d}.txt`,
        sourceFormat: 'txt',
        sourceEncoding: 'utf-8',
        checksum: randomUUID(),
        importedAt: new Date().toISOString(),
        segments: canonical.segments,
      });
      documents.push({ id, text: canonical.text });
    }
    for (let k = 0; k < sizes.codings; k++) {
      const document = documents[Math.floor(random() * documents.length)] ?? { id: 0, text: '' };
      const begin = Math.floor(random() * (document.text.length - 400));
      const end = begin + 20 + Math.floor(random() * 380);
      insertCoding(db, {
        guid: randomUUID(),
        documentId: document.id,
        codeId: codeIds[Math.floor(random() * codeIds.length)] ?? 0,
        coderId: coderIds[k % 2] ?? 0,
        start: begin,
        end,
        quote: document.text.slice(begin, end),
        createdAt: new Date().toISOString(),
      });
    }
  });
  return performance.now() - start;
}

/** The straightforward SQL self-join a researcher would write: the baseline to beat. */
export function selfJoinOverlap(db: Db): number {
  const rows = db
    .prepare(
      `SELECT a.code_id, b.code_id, COUNT(*) FROM codings a JOIN codings b
         ON a.document_id = b.document_id AND a.id < b.id AND a.code_id <> b.code_id
        AND a.start < b.end AND b.start < a.end
       GROUP BY a.code_id, b.code_id`,
    )
    .all();
  return rows.length;
}

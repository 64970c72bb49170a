import type { Coding, DocumentSummary } from '../../app/contract/index.ts';
import type { CachedRead, ReadPatch, WriteEffect, WritePlanner } from './queryCache.ts';
import { domainsInvalidatedBy } from './queryDomains.ts';

/**
 * Coding one passage must not make the workspace read everything again: on a long interview
 * the document's 3,000 codings and the document list are the slow reads. The write's own
 * result says what changed, so the open document's codings and the list's counts are
 * patched in place; the other reads of the coding domains (code counts, history, analysis)
 * are asked again as before, and the codings of other documents are left alone.
 */

interface DocumentCodingsInput {
  readonly documentId: number;
  readonly view?: string;
}

/** Codings in the order `codings/ofDocument` answers them (db/queries: start, end, id). */
function byPosition(a: Coding, b: Coding): number {
  return a.start - b.start || a.end - b.end || a.id - b.id;
}

function isDocumentCodings(read: CachedRead): read is CachedRead & { input: DocumentCodingsInput } {
  return read.name === 'codings/ofDocument' && typeof read.input === 'object' && read.input !== null;
}

/** Views other than 'all' filter by coder or by disagreement: the backend decides, ask it. */
function showsEveryCoding(input: DocumentCodingsInput): boolean {
  return input.view === undefined || input.view === 'all';
}

/** The list's coding counts, moved by `delta` per document. */
function patchCounts(read: CachedRead, delta: ReadonlyMap<number, number>): ReadPatch {
  if (read.name !== 'documents/list') return undefined;
  const documents = read.data as readonly DocumentSummary[];
  if (!documents.some((document) => delta.has(document.id))) return 'keep';
  return {
    data: documents.map((document) => {
      const change = delta.get(document.id);
      return change === undefined ? document : { ...document, codingCount: document.codingCount + change };
    }),
  };
}

/** The codings of one document after `change`, or how to treat the read when it cannot be patched. */
function patchDocumentCodings(
  read: CachedRead,
  documentIds: ReadonlySet<number>,
  change: (codings: readonly Coding[]) => readonly Coding[],
): ReadPatch {
  if (!isDocumentCodings(read)) return undefined;
  if (!documentIds.has(read.input.documentId)) return 'keep';
  if (!showsEveryCoding(read.input)) return 'askAgain';
  return { data: change(read.data as readonly Coding[]) };
}

/** Reads filed under a coding domain that no coding changes: who the user is. */
const UNAFFECTED = new Set(['coders/me']);

function effect(name: string, patch: (read: CachedRead) => ReadPatch): WriteEffect {
  return {
    domains: domainsInvalidatedBy(name),
    patch: (read) => (UNAFFECTED.has(read.name) ? 'keep' : patch(read)),
  };
}

function created(output: readonly Coding[]): WriteEffect {
  const byDocument = new Map<number, Coding[]>();
  for (const coding of output)
    byDocument.set(coding.documentId, [...(byDocument.get(coding.documentId) ?? []), coding]);
  const counts = new Map([...byDocument].map(([documentId, added]) => [documentId, added.length]));
  return effect('codings/create', (read) => {
    const counted = patchCounts(read, counts);
    if (counted !== undefined) return counted;
    return patchDocumentCodings(read, new Set(byDocument.keys()), (codings) => {
      const added = byDocument.get((read.input as DocumentCodingsInput).documentId) ?? [];
      return [...codings, ...added].sort(byPosition);
    });
  });
}

function updated(output: Coding): WriteEffect {
  return effect('codings/update', (read) => {
    if (read.name === 'documents/list') return 'keep';
    return patchDocumentCodings(read, new Set([output.documentId]), (codings) =>
      [...codings.filter((coding) => coding.id !== output.id), output].sort(byPosition),
    );
  });
}

function deleted(id: number, cached: Iterable<CachedRead>): WriteEffect | null {
  let documentId: number | undefined;
  for (const read of cached) {
    if (!isDocumentCodings(read)) continue;
    documentId ??= (read.data as readonly Coding[]).find((coding) => coding.id === id)?.documentId;
  }
  // A coding this page never showed: nothing to patch, ask the domains again as before.
  if (documentId === undefined) return null;
  const counts = new Map([[documentId, -1]]);
  return effect('codings/delete', (read) => {
    const counted = patchCounts(read, counts);
    if (counted !== undefined) return counted;
    return patchDocumentCodings(read, new Set([documentId]), (codings) =>
      codings.filter((coding) => coding.id !== id),
    );
  });
}

/** The renderer's write planner: patches for the coding writes made from the transcript. */
export const planCodingWrite: WritePlanner = (name, input, output, cached) => {
  if (name === 'codings/create') return created(output as readonly Coding[]);
  if (name === 'codings/update') return updated(output as Coding);
  if (name === 'codings/delete') return deleted((input as { id: number }).id, cached());
  return null;
};

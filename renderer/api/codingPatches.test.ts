import { describe, expect, it } from 'vitest';
import type { Coding, DocumentSummary } from '../../app/contract/index.ts';
import { planCodingWrite } from './codingPatches.ts';
import { QueryCache, type Scheduler } from './queryCache.ts';
import { queryKey } from './queryKey.ts';

interface Pending {
  readonly name: string;
  readonly input: unknown;
  resolve(value: unknown): void;
}

const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function coding(id: number, documentId: number, start: number, end: number): Coding {
  return { id, documentId, codeId: 1, coder: 'me', start, end, quote: 'x'.repeat(end - start) };
}

function summary(id: number, codingCount: number): DocumentSummary {
  return { id, name: `d${id}`, length: 100, segmentCount: 2, codingCount, importedAt: '' };
}

/**
 * A workspace's cache on screen: the list, the codes, the codings of documents 1 and 2
 * answered; then the write `name` answers `output`. Returns the requests sent after it.
 */
async function afterWrite(
  name: string,
  input: unknown,
  output: unknown,
  view?: string,
  afterPatches?: Scheduler,
) {
  const requests: Pending[] = [];
  const cache = new QueryCache(
    (n, i) => new Promise((resolve) => requests.push({ name: n, input: i, resolve })),
    planCodingWrite,
    afterPatches,
  );
  const ofDocument = (documentId: number) => (view ? { documentId, view } : { documentId });
  const answers: [string, unknown, unknown][] = [
    ['documents/list', {}, [summary(1, 2), summary(2, 1)]],
    ['codes/list', {}, []],
    ['coders/me', {}, { name: 'me', initials: 'M', color: '#000000' }],
    ['codings/ofDocument', ofDocument(1), [coding(10, 1, 0, 5), coding(11, 1, 20, 30)]],
    ['codings/ofDocument', ofDocument(2), [coding(12, 2, 0, 5)]],
  ];
  for (const [read, readInput] of answers) cache.subscribe(read, readInput, () => undefined);
  answers.forEach(([, , data], index) => requests[index]?.resolve(data));
  await settled();
  requests.length = 0;
  const write = cache.mutate(name, input);
  requests[0]?.resolve(output);
  await write;
  const asked = requests.slice(1).map((request) => request.name);
  const data = (read: string, readInput: unknown): unknown => cache.snapshot(queryKey(read, readInput)).data;
  const askedLater = (): string[] => requests.slice(1).map((request) => request.name);
  return { asked, data, ofDocument, askedLater };
}

describe('coding writes patch the cache', () => {
  it('adds a created coding to its document, in order, and counts it, asking neither again', async () => {
    const { asked, data, ofDocument } = await afterWrite(
      'codings/create',
      { items: [{ documentId: 1, start: 8, end: 12, codeId: 1 }] },
      [coding(13, 1, 8, 12)],
    );
    expect(asked).not.toContain('documents/list');
    expect(asked).not.toContain('codings/ofDocument');
    // Code counts, history, analysis: still asked again; who the user is, not.
    expect(asked).toContain('codes/list');
    expect(asked).not.toContain('coders/me');
    expect((data('codings/ofDocument', ofDocument(1)) as Coding[]).map((c) => c.id)).toEqual([10, 13, 11]);
    expect((data('codings/ofDocument', ofDocument(2)) as Coding[]).map((c) => c.id)).toEqual([12]);
    expect((data('documents/list', {}) as DocumentSummary[]).map((d) => d.codingCount)).toEqual([3, 1]);
  });

  it('moves an adjusted coding to its new place without asking again', async () => {
    const { asked, data, ofDocument } = await afterWrite(
      'codings/update',
      { id: 10, start: 25, end: 40 },
      coding(10, 1, 25, 40),
    );
    expect(asked).not.toContain('codings/ofDocument');
    expect(asked).not.toContain('documents/list');
    const codings = data('codings/ofDocument', ofDocument(1)) as Coding[];
    expect(codings.map((c) => [c.id, c.start])).toEqual([
      [11, 20],
      [10, 25],
    ]);
  });

  it('drops a removed coding from its document and from the count', async () => {
    const { asked, data, ofDocument } = await afterWrite('codings/delete', { id: 11 }, null);
    expect(asked).not.toContain('codings/ofDocument');
    expect(asked).not.toContain('documents/list');
    expect((data('codings/ofDocument', ofDocument(1)) as Coding[]).map((c) => c.id)).toEqual([10]);
    expect((data('documents/list', {}) as DocumentSummary[]).map((d) => d.codingCount)).toEqual([1, 1]);
  });

  it('asks the backend again for a filtered view (one coder, disagreements)', async () => {
    const { asked } = await afterWrite(
      'codings/create',
      { items: [{ documentId: 1, start: 8, end: 12, codeId: 1 }] },
      [coding(13, 1, 8, 12)],
      'differ',
    );
    // Only the document written to: the other's codings did not change.
    expect(asked.filter((name) => name === 'codings/ofDocument')).toHaveLength(1);
  });

  it('asks the stale reads again only once the patched ones are shown', async () => {
    const held: (() => void)[] = [];
    const { asked, data, ofDocument, askedLater } = await afterWrite(
      'codings/create',
      { items: [{ documentId: 1, start: 8, end: 12, codeId: 1 }] },
      [coding(13, 1, 8, 12)],
      undefined,
      (task) => held.push(task),
    );
    // The new coding is there, and nothing else was asked yet: the highlight is not held up.
    expect((data('codings/ofDocument', ofDocument(1)) as Coding[]).map((c) => c.id)).toEqual([10, 13, 11]);
    expect(asked).toEqual([]);
    expect(held).toHaveLength(1);
    held[0]?.();
    expect(askedLater()).toContain('codes/list');
    expect(askedLater()).not.toContain('codings/ofDocument');
  });

  it('asks the domains again when the removed coding was never shown', async () => {
    const { asked } = await afterWrite('codings/delete', { id: 99 }, null);
    expect(asked).toContain('documents/list');
    expect(asked).toContain('codings/ofDocument');
  });
});

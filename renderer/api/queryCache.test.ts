import { describe, expect, it } from 'vitest';
import { KEPT_UNSHOWN, QueryCache } from './queryCache.ts';
import { domainsInvalidatedBy } from './queryDomains.ts';
import { queryKey } from './queryKey.ts';

interface Pending {
  readonly name: string;
  readonly input: unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** A backend whose answers the test sends, in the order it chooses. */
function fakeBackend() {
  const requests: Pending[] = [];
  const fetcher = (name: string, input: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => requests.push({ name, input, resolve, reject }));
  return { requests, cache: new QueryCache(fetcher) };
}

const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('queryKey', () => {
  it('names the same read whatever the order of the input fields', () => {
    expect(queryKey('codings/ofDocument', { documentId: 1, view: 'all' })).toBe(
      queryKey('codings/ofDocument', { view: 'all', documentId: 1 }),
    );
  });

  it('tells apart different inputs, nested values and operations', () => {
    const keys = new Set([
      queryKey('codings/ofDocument', { documentId: 1 }),
      queryKey('codings/ofDocument', { documentId: 2 }),
      queryKey('codings/ofDocument', { documentId: 1, filter: { codes: [1, 2] } }),
      queryKey('codings/ofDocument', { documentId: 1, filter: { codes: [2, 1] } }),
      queryKey('documents/get', { documentId: 1 }),
    ]);
    expect(keys.size).toBe(5);
  });

  it('leaves out undefined fields, as the wire does', () => {
    expect(queryKey('history/list', { limit: 5, coder: undefined })).toBe(
      queryKey('history/list', { limit: 5 }),
    );
  });
});

describe('QueryCache', () => {
  it('shares one request between two subscribers of the same read', () => {
    const { requests, cache } = fakeBackend();
    cache.subscribe('codes/list', {}, () => undefined);
    cache.subscribe('codes/list', {}, () => undefined);
    expect(requests).toHaveLength(1);
  });

  it('keeps the answer to the latest request when an older one arrives last', async () => {
    const { requests, cache } = fakeBackend();
    const key = queryKey('codes/list', {});
    cache.subscribe('codes/list', {}, () => undefined);
    void cache.refetch(key);
    requests[1]?.resolve(['new']);
    await settled();
    requests[0]?.resolve(['old']);
    await settled();
    expect(cache.snapshot(key)).toEqual({ data: ['new'], error: null, loading: false });
  });

  it('keeps the last answer on screen while asking again', async () => {
    const { requests, cache } = fakeBackend();
    const key = queryKey('codes/list', {});
    cache.subscribe('codes/list', {}, () => undefined);
    requests[0]?.resolve(['first']);
    await settled();
    void cache.refetch(key);
    expect(cache.snapshot(key)).toEqual({ data: ['first'], error: null, loading: true });
  });

  it('keeps the identity of an answer that did not change', async () => {
    const { requests, cache } = fakeBackend();
    const key = queryKey('documents/get', { id: 1 });
    cache.subscribe('documents/get', { id: 1 }, () => undefined);
    requests[0]?.resolve({ id: 1, text: 'bonjour' });
    await settled();
    const first = cache.snapshot(key).data;
    void cache.refetch(key);
    requests[1]?.resolve({ id: 1, text: 'bonjour' });
    await settled();
    expect(cache.snapshot(key).data).toBe(first);
  });

  it('after a coding, asks again the reads that depend on codings and not the document text', async () => {
    const { requests, cache } = fakeBackend();
    cache.subscribe('documents/get', { id: 1 }, () => undefined);
    cache.subscribe('documents/list', {}, () => undefined);
    cache.subscribe('codings/ofDocument', { documentId: 1 }, () => undefined);
    cache.subscribe('codes/list', {}, () => undefined);
    cache.subscribe('history/list', { limit: 200 }, () => undefined);
    cache.subscribe('memos/list', {}, () => undefined);
    for (const request of requests.splice(0)) request.resolve([]);
    await settled();
    const write = cache.mutate('codings/create', { items: [] });
    requests.splice(0).forEach((request) => request.resolve({ ids: [1] }));
    await write;
    expect(requests.map((request) => request.name).sort()).toEqual([
      'codes/list',
      'codings/ofDocument',
      'documents/list',
      'history/list',
    ]);
  });

  it('drops an answer that was on its way before the write and asks again', async () => {
    const { requests, cache } = fakeBackend();
    const key = queryKey('codings/ofDocument', { documentId: 1 });
    cache.subscribe('codings/ofDocument', { documentId: 1 }, () => undefined);
    cache.invalidate(domainsInvalidatedBy('codings/delete'));
    requests[1]?.resolve(['after the write']);
    await settled();
    requests[0]?.resolve(['before the write']);
    await settled();
    expect(cache.snapshot(key).data).toEqual(['after the write']);
  });

  it('asks a read nobody shows only when it is shown again', async () => {
    const { requests, cache } = fakeBackend();
    const unsubscribe = cache.subscribe('codes/list', {}, () => undefined);
    requests[0]?.resolve([]);
    await settled();
    unsubscribe();
    cache.invalidate(['codes']);
    expect(requests).toHaveLength(1);
    cache.subscribe('codes/list', {}, () => undefined);
    expect(requests).toHaveLength(2);
    cache.subscribe('codes/list', {}, () => undefined);
    expect(requests).toHaveLength(2);
  });

  it('asks again a read coming back into view, its last answer shown meanwhile', async () => {
    const { requests, cache } = fakeBackend();
    const key = queryKey('review/changes', { versionId: 1 });
    const unsubscribe = cache.subscribe('review/changes', { versionId: 1 }, () => undefined);
    requests[0]?.resolve(['before the CLI wrote']);
    await settled();
    unsubscribe();
    cache.subscribe('review/changes', { versionId: 1 }, () => undefined);
    expect(requests).toHaveLength(2);
    expect(cache.snapshot(key)).toEqual({ data: ['before the CLI wrote'], error: null, loading: true });
  });

  it('asks again for a component coming into view even when another already shows the read', async () => {
    // Blind mode switched on from the CLI: the agreement tab, opened now, must say so.
    const { requests, cache } = fakeBackend();
    const key = queryKey('project/settings', {});
    cache.subscribe('project/settings', {}, () => undefined);
    requests[0]?.resolve({ blindMode: false });
    await settled();
    cache.subscribe('project/settings', {}, () => undefined);
    requests[1]?.resolve({ blindMode: true });
    await settled();
    expect(cache.snapshot(key).data).toEqual({ blindMode: true });
  });

  it('undo asks every read again', async () => {
    const { requests, cache } = fakeBackend();
    cache.subscribe('documents/get', { id: 1 }, () => undefined);
    cache.subscribe('memos/list', {}, () => undefined);
    for (const request of requests.splice(0)) request.resolve([]);
    await settled();
    const write = cache.mutate('history/undo', {});
    requests.splice(0).forEach((request) => request.resolve({}));
    await write;
    expect(requests.map((request) => request.name).sort()).toEqual(['documents/get', 'memos/list']);
  });

  it('does not invalidate anything when the write fails', async () => {
    const { requests, cache } = fakeBackend();
    cache.subscribe('codes/list', {}, () => undefined);
    requests[0]?.resolve([]);
    await settled();
    const write = cache.mutate('codes/create', { name: '' });
    requests[1]?.reject(new Error('refused'));
    await expect(write).rejects.toThrow('refused');
    expect(requests).toHaveLength(2);
  });

  it('shows an error and keeps the previous answer', async () => {
    const { requests, cache } = fakeBackend();
    const key = queryKey('codes/list', {});
    cache.subscribe('codes/list', {}, () => undefined);
    requests[0]?.resolve(['kept']);
    await settled();
    void cache.refetch(key);
    const failure = new Error('closed');
    requests[1]?.reject(failure);
    await settled();
    expect(cache.snapshot(key)).toEqual({ data: ['kept'], error: failure, loading: false });
  });
});

describe('domainsInvalidatedBy', () => {
  it('reloads the open document text after a rename or a pseudonymisation, not after a coding', () => {
    expect(domainsInvalidatedBy('documents/rename')).toContain('documentText');
    expect(domainsInvalidatedBy('pseudonymise/applyToDocuments')).toContain('documentText');
    expect(domainsInvalidatedBy('codings/create')).not.toContain('documentText');
  });

  it('invalidates everything after a write it does not know', () => {
    expect(domainsInvalidatedBy('novel/write')).toEqual(['*']);
  });
});

describe('QueryCache reset', () => {
  it('forgets every answer of the previous project and asks again the reads on screen', async () => {
    const { requests, cache } = fakeBackend();
    cache.subscribe('documents/list', {}, () => undefined);
    const unsubscribe = cache.subscribe('codes/list', {}, () => undefined);
    requests.splice(0).forEach((request) => request.resolve(['of the old project']));
    await settled();
    unsubscribe();
    cache.reset();
    expect(cache.snapshot(queryKey('documents/list', {}))).toEqual({
      data: undefined,
      error: null,
      loading: true,
    });
    expect(cache.snapshot(queryKey('codes/list', {})).data).toBeUndefined();
    expect(requests.map((request) => request.name)).toEqual(['documents/list']);
  });
});

describe('QueryCache memory', () => {
  it(`forgets the oldest reads nobody shows beyond ${KEPT_UNSHOWN}, and keeps the others`, async () => {
    const { requests, cache } = fakeBackend();
    for (let id = 0; id <= KEPT_UNSHOWN; id += 1) {
      const unsubscribe = cache.subscribe('documents/get', { id }, () => undefined);
      requests[id]?.resolve({ id });
      await settled();
      unsubscribe();
    }
    expect(cache.snapshot(queryKey('documents/get', { id: 0 })).data).toBeUndefined();
    expect(cache.snapshot(queryKey('documents/get', { id: 1 })).data).toEqual({ id: 1 });
    expect(cache.snapshot(queryKey('documents/get', { id: KEPT_UNSHOWN })).data).toEqual({
      id: KEPT_UNSHOWN,
    });
  });

  it('never forgets a read on screen', async () => {
    const { requests, cache } = fakeBackend();
    cache.subscribe('codes/list', {}, () => undefined);
    requests[0]?.resolve(['shown']);
    await settled();
    for (let id = 0; id <= KEPT_UNSHOWN; id += 1) cache.subscribe('documents/get', { id }, () => undefined)();
    expect(cache.snapshot(queryKey('codes/list', {})).data).toEqual(['shown']);
  });
});

import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage.ts';
import { loadReadingPlace, readingPlacesOf, REMEMBERED_DOCUMENTS, saveReadingPlace } from './readingPlace.ts';

describe('the reading place in a document', () => {
  it('is remembered per document and per project', () => {
    const storage = memoryStorage();
    saveReadingPlace(storage, '/a.verbatim', 7, { offset: 1200, fraction: 0.25 });
    saveReadingPlace(storage, '/a.verbatim', 8, { offset: 40, fraction: 0 });
    saveReadingPlace(storage, '/a.verbatim', 7, { offset: 3380, fraction: 0.5 });
    expect(loadReadingPlace(storage, '/a.verbatim', 7)).toEqual({ offset: 3380, fraction: 0.5 });
    expect(loadReadingPlace(storage, '/a.verbatim', 8)).toEqual({ offset: 40, fraction: 0 });
    expect(loadReadingPlace(storage, '/b.verbatim', 7)).toBeNull();
    expect(loadReadingPlace(storage, '/a.verbatim', 9)).toBeNull();
    // The same, as one project's store.
    const places = readingPlacesOf(storage, '/b.verbatim');
    places.save(7, { offset: 12, fraction: 0.1 });
    expect(places.load(7)).toEqual({ offset: 12, fraction: 0.1 });
    expect(loadReadingPlace(storage, '/a.verbatim', 7)).toEqual({ offset: 3380, fraction: 0.5 });
  });

  it('forgets the least recently read documents beyond its limit', () => {
    const storage = memoryStorage();
    // Read from the last document to the first, then the last again: the second one read is forgotten.
    for (let id = REMEMBERED_DOCUMENTS; id >= 1; id--)
      saveReadingPlace(storage, '/a.verbatim', id, { offset: id, fraction: 0 });
    saveReadingPlace(storage, '/a.verbatim', REMEMBERED_DOCUMENTS, { offset: 1, fraction: 0 });
    saveReadingPlace(storage, '/a.verbatim', REMEMBERED_DOCUMENTS + 1, { offset: 2, fraction: 0 });
    expect(loadReadingPlace(storage, '/a.verbatim', REMEMBERED_DOCUMENTS - 1)).toBeNull();
    expect(loadReadingPlace(storage, '/a.verbatim', REMEMBERED_DOCUMENTS)).toEqual({
      offset: 1,
      fraction: 0,
    });
    expect(loadReadingPlace(storage, '/a.verbatim', 1)).toEqual({ offset: 1, fraction: 0 });
    expect(loadReadingPlace(storage, '/a.verbatim', REMEMBERED_DOCUMENTS + 1)).not.toBeNull();
  });

  it('survives a damaged or foreign entry', () => {
    const key = 'verbatim.readingPlace./a.verbatim';
    expect(loadReadingPlace(memoryStorage({ [key]: '{not json' }), '/a.verbatim', 7)).toBeNull();
    expect(loadReadingPlace(memoryStorage({ [key]: '{"7": 1}' }), '/a.verbatim', 7)).toBeNull();
    const foreign = memoryStorage({
      [key]: JSON.stringify([
        { documentId: 7, offset: -3, fraction: 0 },
        { documentId: 8, offset: 5, fraction: 2 },
        { documentId: 9, offset: 5, fraction: 0.5 },
        1,
      ]),
    });
    expect(loadReadingPlace(foreign, '/a.verbatim', 7)).toBeNull();
    expect(loadReadingPlace(foreign, '/a.verbatim', 8)).toBeNull();
    expect(loadReadingPlace(foreign, '/a.verbatim', 9)).toEqual({ offset: 5, fraction: 0.5 });
    // Saving over a damaged entry starts afresh.
    const damaged = memoryStorage({ [key]: '{not json' });
    saveReadingPlace(damaged, '/a.verbatim', 7, { offset: 10, fraction: 0 });
    expect(loadReadingPlace(damaged, '/a.verbatim', 7)).toEqual({ offset: 10, fraction: 0 });
  });

  it('is lost, not thrown, when the storage is full', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => saveReadingPlace(full, '/a.verbatim', 7, { offset: 10, fraction: 0 })).not.toThrow();
  });
});

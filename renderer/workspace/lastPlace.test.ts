import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage.ts';
import { loadLastPlace, saveLastPlace } from './lastPlace.ts';

describe('the last place in a project', () => {
  it('is remembered per project', () => {
    const storage = memoryStorage();
    saveLastPlace(storage, '/a.verbatim', { documentId: 7, view: 'matrices' });
    expect(loadLastPlace(storage, '/a.verbatim')).toEqual({ documentId: 7, view: 'matrices' });
    expect(loadLastPlace(storage, '/b.verbatim')).toEqual({ documentId: null, view: 'transcript' });
  });

  it('survives a damaged or foreign entry', () => {
    const key = 'verbatim.lastPlace./a.verbatim';
    expect(loadLastPlace(memoryStorage({ [key]: '{not json' }), '/a.verbatim')).toEqual({
      documentId: null,
      view: 'transcript',
    });
    expect(
      loadLastPlace(memoryStorage({ [key]: '{"documentId": -3, "view": "nowhere"}' }), '/a.verbatim'),
    ).toEqual({ documentId: null, view: 'transcript' });
    expect(loadLastPlace(memoryStorage({ [key]: '{"documentId": 4}' }), '/a.verbatim')).toEqual({
      documentId: 4,
      view: 'transcript',
    });
  });
});

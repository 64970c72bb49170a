import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memoryStorage.ts';
import { loadPinned, savePinned, togglePinned } from './pinnedCodes.ts';

describe('pinned codes', () => {
  it('remembers up to nine pins per project', () => {
    const storage = memoryStorage();
    savePinned(storage, '/a.verbatim', [3, 1, 2]);
    expect(loadPinned(storage, '/a.verbatim')).toEqual([3, 1, 2]);
    expect(loadPinned(storage, '/b.verbatim')).toEqual([]);
    savePinned(storage, '/a.verbatim', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(loadPinned(storage, '/a.verbatim')).toHaveLength(9);
  });

  it('survives a damaged entry', () => {
    const storage = memoryStorage();
    storage.setItem('verbatim.pinned./a.verbatim', '{not json');
    expect(loadPinned(storage, '/a.verbatim')).toEqual([]);
    storage.setItem('verbatim.pinned./a.verbatim', '[1, "x", -2, 4]');
    expect(loadPinned(storage, '/a.verbatim')).toEqual([1, 4]);
  });

  it('pins at the end and unpins, never beyond nine', () => {
    expect(togglePinned([1, 2], 3)).toEqual([1, 2, 3]);
    expect(togglePinned([1, 2, 3], 2)).toEqual([1, 3]);
    expect(togglePinned([1, 2, 3, 4, 5, 6, 7, 8, 9], 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

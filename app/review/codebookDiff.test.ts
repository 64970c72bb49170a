import { describe, expect, it } from 'vitest';
import { diffCodebook, type FrozenCode, type StructuralEvent } from './codebookDiff.ts';

const code = (guid: string, name: string, extra: Partial<FrozenCode> = {}): FrozenCode => ({
  guid,
  name,
  parentGuid: null,
  color: '#000000',
  description: '',
  inclusion: '',
  exclusion: '',
  archived: false,
  ...extra,
});

describe('codebook changes since a version', () => {
  it('tells added, removed, merged, split, renamed, redefined, moved and archived codes apart', () => {
    const frozen = [
      code('a', 'opacity'),
      code('b', 'isolation'),
      code('c', 'solitude'),
      code('d', 'work'),
      code('e', 'pay'),
      code('f', 'old'),
    ];
    const current = [
      code('a', 'algorithmic opacity', { description: 'new definition' }),
      code('b', 'isolation', { parentGuid: 'd' }),
      code('d', 'work', { archived: true }),
      code('e', 'pay'),
      code('g', 'night work'),
      code('h', 'tips'),
    ];
    const events: StructuralEvent[] = [
      { kind: 'code.merge', meta: { sourceGuid: 'c', targetGuid: 'b' } },
      { kind: 'code.split', meta: { sourceGuid: 'e', newGuid: 'h' } },
    ];
    expect(diffCodebook(frozen, current, events)).toEqual([
      { kind: 'renamed', code: 'algorithmic opacity', detail: 'opacity' },
      { kind: 'definition', code: 'algorithmic opacity', detail: '' },
      { kind: 'moved', code: 'isolation', detail: 'work' },
      { kind: 'archived', code: 'work', detail: '' },
      { kind: 'added', code: 'night work', detail: '' },
      { kind: 'split', code: 'tips', detail: 'pay' },
      { kind: 'merged', code: 'solitude', detail: 'isolation' },
      { kind: 'removed', code: 'old', detail: '' },
    ]);
  });

  it('finds nothing when nothing changed', () => {
    expect(diffCodebook([code('a', 'x')], [code('a', 'x')], [])).toEqual([]);
  });
});

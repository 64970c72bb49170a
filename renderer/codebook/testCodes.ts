import type { Code } from '../../app/contract/index.ts';

/** A code for unit tests: only what the tree needs varies. */
export function testCode(id: number, name: string, parentId: number | null = null, sortOrder = id): Code {
  return {
    id,
    guid: `g${id}`,
    name,
    parentId,
    color: '#336699',
    description: '',
    sortOrder,
    codingCount: 0,
    inclusion: '',
    exclusion: '',
    exampleCodingId: null,
    archived: false,
  };
}

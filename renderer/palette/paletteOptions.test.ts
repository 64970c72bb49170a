import { describe, expect, it } from 'vitest';
import { at } from '../transcript/testing.ts';
import type { Code } from '../../app/contract/index.ts';
import { testCode } from '../codebook/testCodes.ts';
import { codePath, createCodeSearch, foldName } from './paletteOptions.ts';

function code(id: number, name: string, parentId: number | null = null, archived = false): Code {
  return { ...testCode(id, name, parentId), archived };
}

const codes = [
  code(1, 'éthique'),
  code(2, 'opacité'),
  code(3, 'triple journée'),
  code(4, 'isolement', 2),
  code(5, 'ancien code', null, true),
];
const search = createCodeSearch(codes);

describe('foldName', () => {
  it('drops case, accents and outer spaces', () => {
    expect(foldName('  Éthique ')).toBe('ethique');
    expect(foldName('OPACITÉ')).toBe('opacite');
  });
});

describe('createCodeSearch', () => {
  it('lists every active code for an empty query', () => {
    expect(search('').map((option) => (option.kind === 'code' ? option.code.id : 0))).toEqual([1, 2, 3, 4]);
  });
  it('finds "éthique" from "ethique" and offers no near-duplicate creation', () => {
    const options = search('ethique');
    expect(options[0]).toMatchObject({ kind: 'code', code: { name: 'éthique' } });
    expect(options.some((option) => option.kind === 'create')).toBe(false);
  });
  it('offers the broader code before its sub-code when both match as well', () => {
    const nested = createCodeSearch([
      code(1, 'opacité du travail'),
      code(2, 'opacité salariale', 1),
      code(3, 'isolement'),
    ]);
    const names = nested('opacite').flatMap((option) => (option.kind === 'code' ? [option.path] : []));
    expect(names).toEqual(['opacité du travail', 'opacité du travail › opacité salariale']);
  });
  it('puts the closest existing code first and "Create" last when the typed name is new', () => {
    const options = search('opac');
    expect(options[0]).toMatchObject({ kind: 'code', code: { name: 'opacité' } });
    expect(options.at(-1)).toEqual({ kind: 'create', name: 'opac' });
    expect(options.filter((option) => option.kind === 'create')).toHaveLength(1);
  });
  it('offers only creation when nothing matches', () => {
    expect(search('  salaire ')).toEqual([{ kind: 'create', name: 'salaire' }]);
  });
  it('leaves archived codes out', () => {
    expect(search('ancien').some((option) => option.kind === 'code')).toBe(false);
  });
  it('names nested codes by their path', () => {
    const byId = new Map(codes.map((c) => [c.id, c]));
    expect(codePath(at(codes, 3), byId)).toBe('opacité › isolement');
  });
});

import { describe, expect, it } from 'vitest';
import { operationNames } from '../../app/contract/api.ts';
import { combineOperations, read } from '../../app/registration/registry.ts';
import { operations } from '../../app/operations.ts';

describe('the API contract', () => {
  it('has a handler for every operation, and no handler outside the contract', () => {
    expect(Object.keys(operations).sort()).toEqual([...operationNames].sort());
  });

  it('refuses a handler defined twice', () => {
    const group = { 'codes/list': read<'codes/list'>(() => []) };
    expect(() => combineOperations(group, group)).toThrow(/defined twice/u);
  });
});

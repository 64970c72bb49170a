import { describe, expect, it } from 'vitest';
import { operationNames } from '../../app/contract/api.ts';
import { handlers } from '../../app/dispatch.ts';
import { combineHandlers } from '../../app/handlers/registry.ts';

describe('the API contract', () => {
  it('has a handler for every operation, and no handler outside the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...operationNames].sort());
  });

  it('refuses a handler defined twice', () => {
    const group = { 'codes/list': () => [] };
    expect(() => combineHandlers(group, group)).toThrow(/defined twice/u);
  });
});

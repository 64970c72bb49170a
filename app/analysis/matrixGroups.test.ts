import { describe, expect, it } from 'vitest';
import { attributeLayout, setLayout } from './matrixGroups.ts';

const columns = [
  { id: 'document:1', documentIds: [1] },
  { id: 'document:2', documentIds: [2] },
  { id: 'document:3', documentIds: [3] },
];

describe('attributeLayout', () => {
  const cases: { id: number; documentIds: number[]; values: Record<number, string> }[] = [
    { id: 10, documentIds: [1], values: { 7: 'vitrail' } },
    { id: 11, documentIds: [2], values: { 7: 'ébénisterie' } },
    // A second case of document 1 without the value does not take it out of its group.
    { id: 12, documentIds: [1, 3], values: {} },
  ];

  it('orders columns by their case’s value, keeping the matrix order within a value', () => {
    const layout = attributeLayout(columns, cases, { id: 7, name: 'métier' });
    expect(layout.order).toEqual([1, 0, 2]);
    expect(layout.ids).toEqual(['document:2', 'document:1', 'document:3']);
    expect(layout.groups).toEqual({
      kind: 'attribute',
      attribute: 'métier',
      groups: [
        { label: 'ébénisterie', start: 0, count: 1 },
        { label: 'vitrail', start: 1, count: 1 },
        { label: '—', start: 2, count: 1 },
      ],
    });
  });

  it('orders numbers by value', () => {
    const ages = [
      { id: 1, documentIds: [1], values: { 1: '10' } },
      { id: 2, documentIds: [2], values: { 1: '9' } },
      { id: 3, documentIds: [3], values: { 1: '10' } },
    ];
    const layout = attributeLayout(columns, ages, { id: 1, name: 'âge' });
    expect(layout.groups.groups).toEqual([
      { label: '9', start: 0, count: 1 },
      { label: '10', start: 1, count: 2 },
    ]);
  });
});

describe('setLayout', () => {
  it('repeats a document in each of its sets, with ids of its own, and puts the others last', () => {
    const layout = setLayout(columns, [
      { id: 1, name: 'A', memberIds: [1, 2] },
      { id: 2, name: 'B', memberIds: [2] },
      { id: 3, name: 'empty', memberIds: [] },
    ]);
    expect(layout.order).toEqual([0, 1, 1, 2]);
    expect(new Set(layout.ids).size).toBe(4);
    expect(layout.groups.groups).toEqual([
      { label: 'A', start: 0, count: 2 },
      { label: 'B', start: 2, count: 1 },
      { label: '—', start: 3, count: 1 },
    ]);
  });
});

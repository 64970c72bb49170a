import { describe, expect, it } from 'vitest';
import { chosenParts, initialChoices, isPartChoices, move, toggle, withAttributes } from './citationParts.ts';

describe('citation parts editor', () => {
  it('starts with the backend default and the attributes off', () => {
    const choices = initialChoices(['Âge']);
    expect(chosenParts(choices)).toEqual(['document', 'speaker', 'timestamp', 'segment']);
    expect(choices.at(-1)).toEqual({ part: 'attr:Âge', on: false });
  });

  it('builds the issue example by ticking and moving', () => {
    let choices = initialChoices(['Âge', 'Plateforme']);
    for (const part of ['document', 'speaker', 'segment']) choices = toggle(choices, part, false);
    for (const part of ['case', 'attr:Âge', 'attr:Plateforme']) choices = toggle(choices, part, true);
    // timestamp goes last: below segment, code, Âge and Plateforme.
    for (let i = 0; i < 4; i++) choices = move(choices, 'timestamp', 1);
    expect(chosenParts(choices)).toEqual(['case', 'attr:Âge', 'attr:Plateforme', 'timestamp']);
    expect(move(choices, 'case', -1)).toEqual(choices);
  });

  it('keeps order and ticks when the attributes change', () => {
    const choices = toggle(move(initialChoices(['A', 'B']), 'attr:B', -1), 'attr:B', true);
    const next = withAttributes(choices, ['B', 'C']);
    expect(next.map((choice) => choice.part).slice(-2)).toEqual(['attr:B', 'attr:C']);
    expect(chosenParts(next)).toContain('attr:B');
    expect(next.some((choice) => choice.part === 'attr:A')).toBe(false);
  });

  it('accepts a remembered list only if it still has every built-in part once', () => {
    const list = withAttributes(initialChoices([]), ['Âge']);
    expect(isPartChoices(list)).toBe(true);
    expect(isPartChoices(move(list, 'case', 1))).toBe(true);
    expect(isPartChoices(list.slice(1))).toBe(false);
    expect(isPartChoices([...list, list[0]])).toBe(false);
    expect(isPartChoices([{ part: 'case', on: 'yes' }])).toBe(false);
    expect(isPartChoices('case')).toBe(false);
  });
});

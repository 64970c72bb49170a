import { describe, expect, it } from 'vitest';
import { replaceInStoredText, TextReplacer } from './purge.ts';

const replacer = (replacement = '[P1]') =>
  new TextReplacer([{ variants: ['Zébulon Quintavalle', 'Zébulon'], replacement }]);

describe('replaceInStoredText', () => {
  it('replaces whole words in plain text and counts them', () => {
    const names = replacer();
    expect(replaceInStoredText('Zébulon Quintavalle, dit Zébulon, pas Zébulonne', names)).toBe(
      '[P1], dit [P1], pas Zébulonne',
    );
    expect(names.count).toBe(2);
  });

  it('keeps JSON valid whatever the replacement holds, nested JSON included', () => {
    const names = replacer('"\\ [P1]');
    const row = { title: 'Sur Zébulon', body: JSON.stringify({ text: 'Zébulon Quintavalle' }) };
    const out = replaceInStoredText(JSON.stringify([{ after: row }]), names);
    const [parsed] = JSON.parse(out) as [{ after: { title: string; body: string } }];
    expect(parsed.after.title).toBe('Sur "\\ [P1]');
    expect(JSON.parse(parsed.after.body)).toEqual({ text: '"\\ [P1]' });
    expect(names.count).toBe(2);
  });

  it('reads JSON written with escapes, and treats text that only looks like JSON as text', () => {
    expect(replaceInStoredText('{"t":"Z\\u00e9bulon"}', replacer())).toBe('{"t":"[P1]"}');
    expect(replaceInStoredText('[Zébulon] a dit', replacer())).toBe('[[P1]] a dit');
  });

  it('leaves the structure of an editor state alone, even for a lower-case variant', () => {
    const words = new TextReplacer([{ variants: ['text', 'root'], replacement: '[X]' }]);
    const body = JSON.stringify({ root: { type: 'root', children: [{ type: 'text', text: 'root text' }] } });
    expect(JSON.parse(replaceInStoredText(body, words))).toEqual({
      root: { type: 'root', children: [{ type: 'text', text: '[X] [X]' }] },
    });
  });

  it('leaves a string with nothing to replace byte for byte as it was', () => {
    const stored = '{ "a" : "b" }';
    expect(replaceInStoredText(stored, replacer())).toBe(stored);
  });

  it('lets the caller settle the quote of a coding row', () => {
    const rows = JSON.stringify([{ document_id: 1, start: 0, end: 7, quote: 'Zébulon', note: 'Zébulon' }]);
    const out = replaceInStoredText(rows, replacer(), (row) => ({ ...row, quote: 'kept' }));
    expect(JSON.parse(out)).toEqual([{ document_id: 1, start: 0, end: 7, quote: 'kept', note: '[P1]' }]);
  });
});

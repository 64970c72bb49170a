import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown.ts';

describe('escapeMarkdown', () => {
  it('leaves plain words alone', () => {
    expect(escapeMarkdown('On ne sait jamais pourquoi')).toBe('On ne sait jamais pourquoi');
  });

  it('neutralises lists, entities, headings and code blocks that a transcript could start', () => {
    expect(escapeMarkdown('1. liste')).toBe('1\\. liste');
    expect(escapeMarkdown('&copy; &lt;b&gt;')).toBe('\\&copy; \\&lt;b\\&gt;');
    expect(escapeMarkdown('titre\n===')).toBe('titre\n\\===');
    expect(escapeMarkdown('a =SUM(1)')).toBe('a =SUM\\(1\\)');
    expect(escapeMarkdown('    code')).toBe('&#32;&#32;&#32;&#32;code');
    expect(escapeMarkdown('# <b>[x](y)</b>')).toBe('\\# \\<b\\>\\[x\\]\\(y\\)\\</b\\>');
  });
});

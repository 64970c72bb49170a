import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown.ts';

/*
 * No CommonMark parser is a dependency of the project, so the exact output is checked; the
 * comments say what CommonMark makes of it (a backslash before ASCII punctuation is that
 * character, literally).
 */
describe('escapeMarkdown', () => {
  it('leaves plain words alone', () => {
    expect(escapeMarkdown('On ne sait jamais pourquoi')).toBe('On ne sait jamais pourquoi');
  });

  it('leaves names and words with hyphens, underscores, dots and # as they are', () => {
    for (const name of [
      'fr_artisans_entretien-24.10.03-01',
      'terrain-artisans',
      'Est-ce que vous travaillez le soir ?',
      'a_b__c 2_3 entretien_é',
      'C# (bis) ! + 3 - 2 = 1 > 0, 1. ou 2) ; R&D',
      'question n°#3 & co',
    ])
      expect(escapeMarkdown(name)).toBe(name);
  });

  it('escapes emphasis, code, links, HTML and backslashes wherever they stand', () => {
    // `&lt;` is "<" in every Markdown, even one (Markdown.pl) that would not read `\<`.
    expect(escapeMarkdown('*a*')).toBe('\\*a\\*');
    expect(escapeMarkdown('**a** `b`')).toBe('\\*\\*a\\*\\* \\`b\\`');
    expect(escapeMarkdown('[l](u) ![i](u)')).toBe('\\[l\\](u) !\\[i\\](u)');
    expect(escapeMarkdown('<b> <http://x.fr> &lt;')).toBe('&lt;b> &lt;http://x.fr> \\&lt;');
    expect(escapeMarkdown('a\\b \\*')).toBe('a\\\\b \\\\\\*');
    expect(escapeMarkdown('a | b ~~c~~')).toBe('a \\| b \\~\\~c\\~\\~');
  });

  it('escapes underscores that could open or close emphasis, not those inside a word', () => {
    expect(escapeMarkdown('_b_')).toBe('\\_b\\_');
    expect(escapeMarkdown('un __mot__ fort')).toBe('un \\_\\_mot\\_\\_ fort');
    expect(escapeMarkdown('fin_ _début a_.')).toBe('fin\\_ \\_début a\\_.');
    expect(escapeMarkdown('___')).toBe('\\_\\_\\_');
  });

  it('escapes entities and character references, not a lone &', () => {
    expect(escapeMarkdown('&copy; &lt;b&gt; &#32;')).toBe('\\&copy; \\&lt;b\\&gt; \\&#32;');
  });

  it('neutralises what the start of a line would make a block', () => {
    expect(escapeMarkdown('# x')).toBe('\\# x');
    expect(escapeMarkdown('#hashtag')).toBe('\\#hashtag');
    expect(escapeMarkdown('- y\n+ z\n--\n- - -\n-')).toBe('\\- y\n\\+ z\n\\--\n\\- - -\n\\-');
    expect(escapeMarkdown('1. z\n2) w\n1.5 million')).toBe('1\\. z\n2\\) w\n1.5 million');
    expect(escapeMarkdown('> cité\ntitre\n===')).toBe('\\> cité\ntitre\n\\===');
    expect(escapeMarkdown('-Oui, +33 6')).toBe('-Oui, +33 6');
    expect(escapeMarkdown('    code')).toBe('&#32;&#32;&#32;&#32;code');
    expect(escapeMarkdown('  - y')).toBe('&#32;&#32;- y');
  });

  it("keeps a heading's last words: # after a space at the end of a line", () => {
    expect(escapeMarkdown('question #')).toBe('question \\#');
    expect(escapeMarkdown('x ## ')).toBe('x \\## ');
    expect(escapeMarkdown('# <b>[x](y)</b>')).toBe('\\# &lt;b>\\[x\\](y)&lt;/b>');
  });
});

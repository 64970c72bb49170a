import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../contract/types.ts';
import { citationOf, type ExportLanguage } from './citation.ts';
import { NBSP, NNBSP } from './frenchTypography.ts';
import { quoteShower, type ExcerptModel, type ModelExcerpt } from './excerptModel.ts';
import { excerptsToMarkdown } from './excerptsMarkdown.ts';

const excerpt = (quote: string, extra: Partial<Excerpt> = {}): Excerpt => ({
  codingId: 1,
  codeId: 1,
  codeName: 'éthique',
  documentId: 1,
  documentName: 'Entretien 1',
  start: 0,
  end: quote.length,
  quote,
  coder: 'alice',
  segmentOrdinal: 2,
  speaker: 'Marie',
  timestamp: '00:12:31',
  turns: null,
  ...extra,
});

/** A one-group model, its citation lines formatted as the model builder does. */
function model(
  projectName: string,
  title: string,
  excerpts: readonly Excerpt[],
  language: ExportLanguage,
  memo: string | null = null,
  options: { quoteMarks?: boolean; exactQuotes?: boolean } = {},
): ExcerptModel {
  const rows: ModelExcerpt[] = excerpts.map((item) => ({
    ...item,
    caseName: null,
    attributes: new Map(),
    citation: citationOf(item, language),
    memo,
    shown: quoteShower(language, options)(item.quote, 'fr'),
    turns: null,
  }));
  return {
    projectName,
    language,
    groupBy: 'code',
    codeName: null,
    attributeNames: [],
    includeMemos: memo !== null,
    groups: [{ title, depth: 0, excerpts: rows }],
    total: rows.length,
  };
}

describe('excerpts to Markdown', () => {
  it('groups by code with a citation under each quote (golden)', async () => {
    const markdown = await excerptsToMarkdown(
      model('Micro-travail', 'éthique', [excerpt('On ne sait jamais\npour qui on travaille.')], 'fr'),
    );
    expect(markdown).toBe(
      [
        '# Extraits codés — Micro-travail',
        '',
        '## éthique',
        '',
        '*1 extrait*',
        '',
        '> On ne sait jamais',
        '> pour qui on travaille.',
        '',
        '— Entretien 1, Marie, 00:12:31, segment 3',
        '',
      ].join('\n'),
    );
  });

  it('adds the memo under the citation, in French typography', async () => {
    const markdown = await excerptsToMarkdown(model('P', 'x', [excerpt('Oui.')], 'fr', 'À relire: ironie ?'));
    expect(markdown).toContain(
      '— Entretien 1, Marie, 00:12:31, segment 3\n\n**Mémo.** À relire\u00a0: ironie\u202f?\n',
    );
  });

  it('escapes hostile markup so that it reads literally', async () => {
    const markdown = await excerptsToMarkdown(
      model('P', 'x', [excerpt('# <script>alert(1)</script> [a](b)')], 'en'),
    );
    expect(markdown).toContain('> \\# &lt;script>alert(1)&lt;/script> \\[a\\](b)');
    expect(markdown).not.toContain('<script>');
  });

  it('sets quotes in French typography, between guillemets when asked, or exactly', async () => {
    const quote = excerpt('Il a dit "non" : pourquoi ?');
    const shown = async (options: { quoteMarks?: boolean; exactQuotes?: boolean }) =>
      (await excerptsToMarkdown(model('P', 'x', [quote], 'fr', null, options))).split('\n')[6];
    expect(await shown({})).toBe(`> Il a dit «${NNBSP}non${NNBSP}»${NBSP}: pourquoi${NNBSP}?`);
    expect(await shown({ quoteMarks: true })).toBe(
      `> «${NNBSP}Il a dit “non”${NBSP}: pourquoi${NNBSP}?${NNBSP}»`,
    );
    expect(await shown({ exactQuotes: true })).toBe('> Il a dit "non" : pourquoi ?');
    const english = await excerptsToMarkdown(model('P', 'x', [quote], 'en', null, { quoteMarks: true }));
    expect(english).toContain('> “Il a dit "non" : pourquoi ?”');
  });
});

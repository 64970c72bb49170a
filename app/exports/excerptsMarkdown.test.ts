import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../contract/types.ts';
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
  ...extra,
});

describe('excerpts to Markdown', () => {
  it('groups by code with a citation under each quote (golden)', () => {
    const markdown = excerptsToMarkdown(
      'Micro-travail',
      [{ codeName: 'éthique', excerpts: [excerpt('On ne sait jamais\npour qui on travaille.')] }],
      'fr',
    );
    expect(markdown).toBe(
      [
        '# Extraits codés — Micro\\-travail',
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

  it('escapes hostile markup so that it reads literally', () => {
    const markdown = excerptsToMarkdown(
      'P',
      [{ codeName: 'x', excerpts: [excerpt('# <script>alert(1)</script> [a](b)')] }],
      'en',
    );
    expect(markdown).toContain('> \\# \\<script\\>alert\\(1\\)\\</script\\> \\[a\\]\\(b\\)');
    expect(markdown).not.toContain('<script>');
  });
});

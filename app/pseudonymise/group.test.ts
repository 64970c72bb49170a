import { describe, expect, it } from 'vitest';
import { groupFindings } from './group.ts';

describe('groupFindings', () => {
  const batch = [
    {
      source: 'entretien-01',
      text: 'Marie Dupont habite à Lyon. Son mail : md@exemple.fr. Marie Dupont rit.',
    },
    { source: 'entretien-02', text: 'Bruno Martin parle de Marie Dupont et écrit à md@exemple.fr.' },
    { source: 'entretien-02', text: 'Marie Dupont', speakerLabel: true },
  ];

  it('makes one group per distinct identifier across the batch, in order of first appearance', () => {
    const groups = groupFindings(batch);
    expect(groups.map((group) => [group.kind, group.text, group.count, group.sources])).toEqual([
      ['name', 'Marie Dupont', 4, ['entretien-01', 'entretien-02']],
      ['email', 'md@exemple.fr', 2, ['entretien-01', 'entretien-02']],
      ['name', 'Bruno Martin', 1, ['entretien-02']],
    ]);
  });

  it('numbers names and suggests a label per kind', () => {
    expect(groupFindings(batch).map((group) => group.suggestion)).toEqual([
      '[Personne 1]',
      '[e-mail]',
      '[Personne 2]',
    ]);
  });

  it('gives up to three distinct contexts with the finding marked', () => {
    const [marie] = groupFindings(batch);
    expect(marie?.contexts).toEqual([
      '⟦Marie Dupont⟧ habite à Lyon. Son mail : md@exemple.fr…',
      '…abite à Lyon. Son mail : md@exemple.fr. ⟦Marie Dupont⟧ rit.',
      'Bruno Martin parle de ⟦Marie Dupont⟧ et écrit à md@exemple.fr.',
    ]);
  });

  it('says when a finding is a speaker label', () => {
    const groups = groupFindings([{ source: 'a', text: 'Anne', speakerLabel: true }]);
    expect(groups[0]?.contexts).toEqual(['speaker label: ⟦Anne⟧']);
  });

  it('keeps contexts within the segment, flattens line breaks and never cuts an emoji', () => {
    const text = `Avant.\n\n${'🙂'.repeat(30)} Marie\n${'🙂'.repeat(30)}\n\nAprès.`;
    const context = groupFindings([{ source: 'a', text }])[0]?.contexts[0] ?? '';
    expect(context).toMatch(/^….* ⟦Marie⟧ .*…$/u);
    expect(context).not.toMatch(/Avant|Après/u);
    expect(context).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
  });

  it('starts and ends a context at the segment edges without ellipsis', () => {
    const text = 'Bonjour.\n\nMarie rit.\n\nFin.';
    expect(groupFindings([{ source: 'a', text }])[0]?.contexts).toEqual(['⟦Marie⟧ rit.']);
  });
});

import { describe, expect, it } from 'vitest';
import type { FindingGroup } from '../../app/contract/index.ts';
import { findingKey, initialDecisions, replacementsFrom, speakerMapFrom } from './identifierDecisions.ts';

const group = (kind: FindingGroup['kind'], text: string, suggestion: string): FindingGroup => ({
  kind,
  text,
  count: 1,
  contexts: [],
  sources: ['e1'],
  suggestion,
});

describe('identifier decisions', () => {
  const name = group('name', 'Marie Dupont', '[Personne 1]');
  const title = group('name', 'Mme Dupont', '[Personne 2]');
  const email = group('email', 'marie@exemple.fr', '[e-mail]');
  const town = group('name', 'Paris', '[Personne 3]');
  const groups = [name, title, email, town];

  it('starts with everything ignored and the suggestion ready', () => {
    const decisions = initialDecisions(groups);
    expect(decisions[findingKey(name)]).toEqual({ accepted: false, replacement: '[Personne 1]' });
    expect(replacementsFrom(groups, decisions)).toEqual([]);
  });

  it('links findings given the same replacement as variants of one identifier', () => {
    const decisions = {
      ...initialDecisions(groups),
      [findingKey(name)]: { accepted: true, replacement: '[Participante 3]' },
      [findingKey(title)]: { accepted: true, replacement: ' [Participante 3] ' },
      [findingKey(email)]: { accepted: true, replacement: '[e-mail]' },
      [findingKey(town)]: { accepted: false, replacement: '[ville]' },
    };
    expect(replacementsFrom(groups, decisions)).toEqual([
      { variants: ['Marie Dupont', 'Mme Dupont'], replacement: '[Participante 3]' },
      { variants: ['marie@exemple.fr'], replacement: '[e-mail]' },
    ]);
  });

  it('skips an accepted finding whose replacement was emptied', () => {
    const decisions = { [findingKey(email)]: { accepted: true, replacement: '  ' } };
    expect(replacementsFrom(groups, decisions)).toEqual([]);
  });

  it('maps only the speaker labels the user changed', () => {
    expect(speakerMapFrom({ Enquêteur: 'Interviewer', Q: 'Interviewer', Marie: 'Marie' })).toEqual({
      Enquêteur: 'Interviewer',
      Q: 'Interviewer',
    });
  });
});

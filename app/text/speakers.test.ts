import { describe, expect, it } from 'vitest';
import { parseSpeakerLine, splitIntoTurns } from './speakers.ts';

describe('speaker lines', () => {
  it.each([
    ['Enquêteur : Bonjour.', 'Enquêteur', null, 'Bonjour.'],
    ['Interviewer: Hello there', 'Interviewer', null, 'Hello there'],
    ['Q: Why?', 'Q', null, 'Why?'],
    ['R : Parce que.', 'R', null, 'Parce que.'],
    ['[00:12:31] Marie : Oui', 'Marie', '00:12:31', 'Oui'],
    ['Marie (00:12): Oui', 'Marie', '00:12', 'Oui'],
    ['Researcher 1: Perfect.', 'Researcher 1', null, 'Perfect.'],
    ['[Chercheur] (0:01 - 0:07)', 'Chercheur', '0:01', ''],
    ['Jean-Pierre :', 'Jean-Pierre', null, ''],
    ['E1 — Oui, tout à fait.', 'E1', null, 'Oui, tout à fait.'],
    ['Marie – Bien sûr.', 'Marie', null, 'Bien sûr.'],
    ['(00:12) E2 — Non.', 'E2', '00:12', 'Non.'],
    ['00:12:31 Marie : Oui', 'Marie', '00:12:31', 'Oui'],
    ['Marie 00:12:31 : Oui', 'Marie', '00:12:31', 'Oui'],
    ['Speaker 1 00:00:05', 'Speaker 1', '00:00:05', ''],
    ['Marie (00:12)', 'Marie', '00:12', ''],
  ])('parses %j', (line, speaker, timestamp, rest) => {
    expect(parseSpeakerLine(line)).toEqual({ speaker, timestamp, rest });
  });

  it.each([
    'Il m’a dit qu’il fallait faire comme ça : tout seul.',
    'http://example.org',
    '12:30 et puis rien',
    '[00:12:31]',
    'et puis — je ne sais pas — on continue',
    'Il faut dire qu’à 12:30 on mange',
    '',
  ])('does not take %j for a speaker line', (line) => {
    expect(parseSpeakerLine(line)).toBeNull();
  });
});

describe('splitIntoTurns', () => {
  it('makes one segment per turn, with continuation lines and a preamble', () => {
    const text = [
      'Entretien du 3 mars',
      '',
      'Enquêteur : Bonjour.',
      'Marie : Bonjour.',
      'Je travaille sur la plateforme.',
      '',
      'Le soir surtout.',
      '[00:12:31] Marie : Et le week-end.',
    ].join('\n');
    expect(splitIntoTurns(text)).toEqual([
      { text: 'Entretien du 3 mars', speaker: null, timestamp: null },
      { text: 'Bonjour.', speaker: 'Enquêteur', timestamp: null },
      {
        text: 'Bonjour.\nJe travaille sur la plateforme.\n\nLe soir surtout.',
        speaker: 'Marie',
        timestamp: null,
      },
      { text: 'Et le week-end.', speaker: 'Marie', timestamp: '00:12:31' },
    ]);
  });

  it('reads dash-separated turns and labels alone on a line with a timestamp', () => {
    const dashed = splitIntoTurns('E1 — Vous travaillez depuis quand ?\nE2 — Depuis 2019.\nE1 — Et avant ?');
    expect(dashed.map((turn) => [turn.speaker, turn.text])).toEqual([
      ['E1', 'Vous travaillez depuis quand ?'],
      ['E2', 'Depuis 2019.'],
      ['E1', 'Et avant ?'],
    ]);
    const service = splitIntoTurns('Speaker 1 00:00:05\nHello.\n\nSpeaker 2 00:00:09\nHi, thanks.');
    expect(service.map((turn) => [turn.speaker, turn.timestamp, turn.text.trim()])).toEqual([
      ['Speaker 1', '00:00:05', 'Hello.'],
      ['Speaker 2', '00:00:09', 'Hi, thanks.'],
    ]);
  });

  it('ignores a label used once that is not an interview role', () => {
    const text = 'Note: this is prose.\n\nSecond paragraph.';
    expect(splitIntoTurns(text)).toEqual([
      { text: 'Note: this is prose.', speaker: null, timestamp: null },
      { text: 'Second paragraph.', speaker: null, timestamp: null },
    ]);
  });

  it('splits text without speakers at blank lines', () => {
    expect(splitIntoTurns('a\nb\n\n\nc').map((draft) => draft.text)).toEqual(['a\nb', 'c']);
  });
});

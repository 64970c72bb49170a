import { describe, expect, it } from 'vitest';
import { memoExportText } from './memoExportText.ts';

const LONG =
  'Répétition = rythme de la chaîne, pas triple journée au sens strict ; à discuter en équipe avant le codage du lot 2.\nVoir aussi le mémo du code.';

describe('memoExportText', () => {
  it('writes a memo titled by the editor (its first line cut, renderer/memos/memoText.ts) once', () => {
    const cut = 'Répétition = rythme de la chaîne, pas triple journée au sens strict ; à discute…';
    expect(memoExportText(cut, LONG)).toBe(LONG);
    expect(memoExportText('Court.', 'Court.')).toBe('Court.');
  });

  it('writes a note named by the start of its text (a REFI-QDA round trip) once', () => {
    expect(memoExportText('Répétition = rythme de la chaîne...', LONG)).toBe(LONG);
    expect(memoExportText('Répétition = rythme\u00a0 de la', 'Répétition = rythme\nde la chaîne')).toBe(
      'Répétition = rythme\nde la chaîne',
    );
  });

  it('keeps a title of its own before the text', () => {
    expect(memoExportText('Relecture', 'Second regard.')).toBe('Relecture — Second regard.');
    expect(memoExportText(' Relecture ', '  ')).toBe('Relecture');
    expect(memoExportText('', ' Second regard. ')).toBe('Second regard.');
  });
});

import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../app/contract/types.ts';
import { memoTitle } from '../../renderer/memos/memoText.ts';
import { call } from '../support/session.ts';
import { zipEntriesAsText } from '../support/zipEntries.ts';
import { paperProject } from './paperProject.ts';

/** Long enough for the editor to cut its title with «…». */
const MEMO = 'Répétition = rythme de la chaîne, pas triple journée au sens strict ; à discuter en équipe.';
/** A few words the memo's text holds once: its title (the same words) must not repeat them. */
const WORDS = 'pas triple journée au sens strict';

/** The file's text: a .docx's document body. */
function textOf(file: ExportedFile): string {
  if (file.encoding !== 'base64') return file.content;
  return zipEntriesAsText(Buffer.from(file.content, 'base64'))['word/document.xml'] ?? '';
}

const times = (text: string, words: string): number => text.split(words).length - 1;

describe('coding memos in excerpt exports', () => {
  it('are written once when their title is the start of their text, in every format', async () => {
    const { session, firstCodingId } = await paperProject();
    // As the memo editor saves it: the title is the first line, cut.
    await call(session, 'memos/save', {
      targetKind: 'coding',
      targetId: firstCodingId,
      title: memoTitle(MEMO),
      body: '',
      plainText: MEMO,
    });
    for (const format of ['md', 'html', 'csv', 'docx'] as const) {
      const file = await call(session, 'exports/excerpts', { format, includeMemos: true, exactQuotes: true });
      expect(times(textOf(file), WORDS), format).toBe(1);
      expect(textOf(file), format).not.toContain('…');
    }
  });

  it('keep a title of their own before their text', async () => {
    const { session, firstCodingId } = await paperProject();
    await call(session, 'memos/save', {
      targetKind: 'coding',
      targetId: firstCodingId,
      title: 'Relecture',
      body: '',
      plainText: 'Second regard.',
    });
    const csv = await call(session, 'exports/excerpts', { format: 'csv', includeMemos: true });
    expect(csv.content).toContain(',Relecture — Second regard.\r\n');
  });
});

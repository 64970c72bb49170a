import { describe, expect, it } from 'vitest';
import { CODE_PALETTE } from '../../codes/colors.ts';
import { paintUncolouredCodes } from './codeColours.ts';
import { readCodebookXml } from './codebookXml.ts';

const code = (name: string, color?: string): string =>
  `<Code guid="${crypto.randomUUID()}" name="${name}" isCodable="true"${color === undefined ? '' : ` color="${color}"`}/>`;

/** The codes of a .qdc holding `codes`, painted as an import into a project using `projectColours`. */
function imported(codes: string[], projectColours: string[] = []): Record<string, string> {
  const xml = `<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes.join('')}</Codes></CodeBook>`;
  const read = readCodebookXml('c.qdc', xml);
  const painted = paintUncolouredCodes(read.codes, read.uncoloured, projectColours);
  return Object.fromEntries(painted.map((row) => [row.name, row.color]));
}

describe('colours of imported codes', () => {
  it('keeps a colour the file gives exactly', () => {
    expect(imported([code('a', '#123456'), code('b', '#FF654321'), code('c')])).toMatchObject({
      a: '#123456',
      b: '#654321',
    });
  });

  it('gives codes without a colour, or with an unreadable one, palette colours in codebook order', () => {
    expect(imported([code('a'), code('b', 'bleu'), code('c')])).toEqual({
      a: CODE_PALETTE[0],
      b: CODE_PALETTE[1],
      c: CODE_PALETTE[2],
    });
  });

  it('skips the palette colours the file and the project already use', () => {
    const colours = imported([code('a', CODE_PALETTE[0]), code('b')], [CODE_PALETTE[1].toUpperCase()]);
    expect(colours).toEqual({ a: CODE_PALETTE[0], b: CODE_PALETTE[2] });
  });

  it('uses every palette colour once before any twice', () => {
    const names = Array.from({ length: CODE_PALETTE.length + 2 }, (_, index) => `c${index}`);
    const colours = Object.values(imported(names.map((name) => code(name))));
    expect(new Set(colours.slice(0, CODE_PALETTE.length)).size).toBe(CODE_PALETTE.length);
    expect(colours.slice(CODE_PALETTE.length)).toEqual([CODE_PALETTE[0], CODE_PALETTE[1]]);
  });

  it('warns about an unreadable colour, saying what it becomes', () => {
    const xml = `<CodeBook><Codes>${code('a', 'bleu')}</Codes></CodeBook>`;
    expect(readCodebookXml('c.qdc', xml).warnings).toEqual([
      'The colour «bleu» of the code «a» is unreadable; it gets a colour of the palette.',
    ]);
  });
});

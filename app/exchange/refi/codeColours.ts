import type { ProjectSnapshot } from '../../../db/index.ts';
import { unusedPaletteColors } from '../../codes/colors.ts';
import { attr, type XmlNode } from './parseXml.ts';
import { parseColour } from './values.ts';

type SnapshotCode = ProjectSnapshot['codes'][number];

/** The colour a code without one is read with, until {@link paintUncolouredCodes} paints it. */
export const PLACEHOLDER_COLOUR = '#6b7280';

/** A code's colour as the file gives it, or null when absent or unreadable (then `warn` is told). */
export function readCodeColour(node: XmlNode, name: string, warn: (warning: string) => void): string | null {
  const written = attr(node, 'color');
  const colour = parseColour(written);
  if (colour === null && written)
    warn(`The colour «${written}» of the code «${name}» is unreadable; it gets a colour of the palette.`);
  return colour;
}

/**
 * The codes, those in `uncoloured` (ids, absent or unreadable colour in the file) given
 * distinct colours of the palette new codes get (app/codes/colors.ts), in codebook order,
 * after the colours the project and the file already use. Tools such as NVivo write no
 * colour at all: without this every imported code was the same grey, and their stripes and
 * highlights could not be told apart. A colour the file gives is kept as it is.
 */
export function paintUncolouredCodes(
  codes: readonly SnapshotCode[],
  uncoloured: ReadonlySet<number>,
  projectColours: readonly string[],
): SnapshotCode[] {
  const given = codes.filter((code) => !uncoloured.has(code.id)).map((code) => code.color);
  const palette = unusedPaletteColors([...projectColours, ...given], uncoloured.size);
  let next = 0;
  return codes.map((code) =>
    uncoloured.has(code.id) ? { ...code, color: palette[next++] ?? code.color } : code,
  );
}

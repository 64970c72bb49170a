/** Small conversions between REFI-QDA values and ours. */
import { printable } from '../../text/printable.ts';

/** A character escapeXml changes (markup or a control character printable removes). */
// eslint-disable-next-line no-control-regex -- control characters are what printable removes
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

export function escapeXml(text: string): string {
  // Most values (GUIDs, numbers, dates) have nothing to escape: one scan instead of six.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return printable(text)
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

/** GUIDs compare lowercase, without braces (tools write {ABC…}, ABC… or abc…). */
export function normaliseGuid(guid: string): string {
  return guid
    .trim()
    .replace(/^\{|\}$/gu, '')
    .toLowerCase();
}

/** A GUID as tools write it (any case, braces or not); NVivo 15 even uses one as a source name. */
export function isGuid(value: string): boolean {
  return /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/iu.test(value.trim());
}

const hexPair = (digit: string): string => `${digit}${digit}`;

/** RRGGBB out of 3, 4, 6 or 8 hex digits; see parseColour for the alpha channel. */
function rgbOfHex(digits: string): string | null {
  if (digits.length === 3 || digits.length === 4) return [...digits.slice(0, 3)].map(hexPair).join('');
  if (digits.length === 6) return digits;
  if (digits.length !== 8) return null;
  // Qt and .NET, which most desktop tools use, write the alpha first (#AARRGGBB); CSS writes
  // it last. Alpha first unless only the last pair is an opaque alpha (ff).
  const alphaLast = digits.endsWith('ff') && !digits.startsWith('ff');
  return alphaLast ? digits.slice(0, 6) : digits.slice(2);
}

/**
 * #rrggbb from the colours tools write (FORMAT.md §3 asks for leniency): #RRGGBB, #RGB,
 * #RGBA (CSS, alpha last), eight digits with an alpha channel, six or eight digits without
 * the `#`, and rgb()/rgba(). The alpha is dropped. Null when unreadable.
 */
export function parseColour(value: string | undefined): string | null {
  if (!value) return null;
  const text = value.trim().toLowerCase();
  // Without `#`, only six or eight digits: "255" is more likely a decimal than #225555.
  const hex = /^#([0-9a-f]+)$/u.exec(text)?.[1] ?? /^([0-9a-f]{6}|[0-9a-f]{8})$/u.exec(text)?.[1];
  if (hex !== undefined) {
    const rgb = rgbOfHex(hex);
    return rgb === null ? null : `#${rgb}`;
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/u.exec(text);
  if (rgb) {
    return `#${rgb
      .slice(1, 4)
      .map((part) => Math.min(255, Number(part)).toString(16).padStart(2, '0'))
      .join('')}`;
  }
  return null;
}

/** Imported notes become memos the editor opens (one paragraph per line). */
export { plainTextToLexical } from '../../text/memoBody.ts';

/** Our code definition and criteria in REFI's single Description, and back. */
const INCLUSION = '\n\nInclusion: ';
const EXCLUSION = '\n\nExclusion: ';

export function joinDescription(description: string, inclusion: string, exclusion: string): string {
  return `${description}${inclusion ? `${INCLUSION}${inclusion}` : ''}${exclusion ? `${EXCLUSION}${exclusion}` : ''}`;
}

export function splitDescription(text: string): {
  description: string;
  inclusion: string;
  exclusion: string;
} {
  let rest = text;
  let exclusion = '';
  let inclusion = '';
  const exclusionAt = rest.lastIndexOf(EXCLUSION);
  if (exclusionAt >= 0) {
    exclusion = rest.slice(exclusionAt + EXCLUSION.length);
    rest = rest.slice(0, exclusionAt);
  }
  const inclusionAt = rest.lastIndexOf(INCLUSION);
  if (inclusionAt >= 0) {
    inclusion = rest.slice(inclusionAt + INCLUSION.length);
    rest = rest.slice(0, inclusionAt);
  }
  return { description: rest, inclusion, exclusion };
}

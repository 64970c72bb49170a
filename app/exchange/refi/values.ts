/** Small conversions between REFI-QDA values and ours. */

/** Control characters other than tab and line breaks are not allowed in XML 1.0. */
function withoutForbiddenControls(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) out += char;
  }
  return out;
}

export function escapeXml(text: string): string {
  return withoutForbiddenControls(text)
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

/** #RRGGBB from #RRGGBB, #RGB, #RRGGBBAA or rgb(r, g, b); null when unreadable. */
export function parseColour(value: string | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const long = /^#([0-9a-f]{6})([0-9a-f]{2})?$/iu.exec(text);
  if (long?.[1]) return `#${long[1].toLowerCase()}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/iu.exec(text);
  if (short)
    return `#${short
      .slice(1, 4)
      .map((digit) => `${digit}${digit}`)
      .join('')
      .toLowerCase()}`;
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/iu.exec(text);
  if (rgb) {
    return `#${rgb
      .slice(1, 4)
      .map((part) => Math.min(255, Number(part)).toString(16).padStart(2, '0'))
      .join('')}`;
  }
  return null;
}

/**
 * A memo's plain text as the Lexical JSON the memo editor opens: one paragraph per line.
 * Imported notes thus stay editable.
 */
export function plainTextToLexical(text: string): string {
  const paragraphs = text.split('\n').map((line) => ({
    children:
      line === ''
        ? []
        : [{ detail: 0, format: 0, mode: 'normal', style: '', text: line, type: 'text', version: 1 }],
    direction: null,
    format: '',
    indent: 0,
    type: 'paragraph',
    version: 1,
  }));
  return JSON.stringify({
    root: { children: paragraphs, direction: null, format: '', indent: 0, type: 'root', version: 1 },
  });
}

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

import { applyEdits } from '../text/textEdits.ts';
import { planReplacements, type Replacement } from './replace.ts';

/**
 * Replacement in text kept outside transcripts (names, memos, the codebook, the history):
 * the same whole-word rules as in a transcript, and a count of what was replaced.
 */
export class TextReplacer {
  count = 0;
  private readonly replacements: readonly Replacement[];

  constructor(replacements: readonly Replacement[]) {
    this.replacements = replacements;
  }

  replace(text: string): string {
    const edits = planReplacements(text.normalize('NFC'), this.replacements);
    if (edits.length === 0) return text;
    this.count += edits.length;
    return applyEdits(text.normalize('NFC'), edits);
  }
}

/**
 * A stored object the caller settles itself (a coding row of the history, whose quote must
 * stay the slice of its document's text; a document's text and turns recorded by an edit,
 * whose offsets must follow the replacements): returns the row to keep, its quote, text and
 * turns untouched by the walk, or null to treat it like any other object.
 */
export type SettleQuote = (row: Readonly<Record<string, unknown>>) => Record<string, unknown> | null;

/**
 * Keys whose values are structure, not words (a Lexical node's type, an event row's table,
 * a phrase's key): a lower-case variant such as "text" must not turn a paragraph into
 * something the editor cannot read.
 */
const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  'type',
  'table',
  'kind',
  'target_kind',
  'guid',
  'key',
  'tag',
  'listType',
  'direction',
  'format',
  'mode',
  'style',
  'state',
]);

/** What a settled row holds already rewritten: a coding's quote, a document's text and turns. */
const SETTLED_KEYS: ReadonlySet<string> = new Set(['quote', 'text', 'segments', 'checksum']);

function walk(value: unknown, replacer: TextReplacer, settle: SettleQuote): unknown {
  if (typeof value === 'string') return replaceInStoredText(value, replacer, settle);
  if (Array.isArray(value)) return value.map((item) => walk(item, replacer, settle));
  if (value === null || typeof value !== 'object') return value;
  const settled = settle(value as Record<string, unknown>);
  return Object.fromEntries(
    Object.entries(settled ?? value).map(([key, item]) => [
      key,
      (settled && SETTLED_KEYS.has(key)) || STRUCTURAL_KEYS.has(key) ? item : walk(item, replacer, settle),
    ]),
  );
}

/**
 * Replaces in a stored string. One that holds JSON (a memo's editor state, an event's
 * rows and phrase, a frozen codebook) is walked value by value, nested JSON too, so that its
 * syntax survives any replacement; any other string is replaced as text.
 */
export function replaceInStoredText(
  text: string,
  replacer: TextReplacer,
  settle: SettleQuote = () => null,
): string {
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return replacer.replace(text);
    }
    const before = replacer.count;
    const walked = walk(parsed, replacer, settle);
    const json = JSON.stringify(walked);
    return replacer.count === before && json === JSON.stringify(parsed) ? text : json;
  }
  return replacer.replace(text);
}

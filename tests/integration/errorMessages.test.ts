import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGE_KEYS } from '../../app/errors.ts';
import { OPEN_ERROR_CODES } from '../../app/session.ts';
import { en } from '../../renderer/i18n/en.ts';
import { fr } from '../../renderer/i18n/fr.ts';

// Trap 8 of issue 14: every message the backend can send is shown in the interface's
// language. The codes and keys are collected from the backend's source, not from a list
// kept by hand, so a new `new AppError('…')` without messages fails here.

const ROOT = join(import.meta.dirname, '../..');
const BACKEND = ['app', 'db', 'main'];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/u.test(entry.name) && !entry.name.includes('.test.'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const sources = BACKEND.flatMap(sourceFiles).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** Every literal code of `new AppError('CODE', …)`, and those an open failure turns into. */
function thrownCodes(): Set<string> {
  const codes = new Set<string>(Object.values(OPEN_ERROR_CODES));
  for (const { text } of sources)
    for (const match of text.matchAll(/new AppError\(\s*'([A-Z_]+)'/gu)) codes.add(match[1] ?? '');
  return codes;
}

/**
 * The message keys the backend sends (`key: 'name'` and the like where a Translated is built);
 * the type of Translated.key already limits them to ERROR_MESSAGE_KEYS, whose catalogues the
 * tests below check, so this shows each declared key is really used.
 */
function thrownKeys(): Set<string> {
  const keys = new Set<string>();
  for (const { text } of sources) {
    if (!/Translated|AppError/u.test(text)) continue;
    for (const match of text.matchAll(/(?:key: |\? |: |= )'([a-z][A-Za-z0-9]+)'/gu)) keys.add(match[1] ?? '');
  }
  return new Set([...keys].filter((key) => (ERROR_MESSAGE_KEYS as readonly string[]).includes(key)));
}

/**
 * The folders of the backend whose failures a researcher meets while working: importing,
 * exporting, coding, the codebook, documents (editing, updating), opening and saving the
 * project, backups, merging and pseudonymising. Their messages must be in the interface's
 * language, so each AppError there carries a key; INTERNAL failures (a bug) are exempt.
 */
const USER_FACING = [
  'app/importers/',
  'app/exchange/',
  'app/exports/',
  'app/codings/',
  'app/codes/',
  'app/documents/',
  'app/text/',
  'app/project/',
  'app/backups/',
  'app/merge/',
  'app/pseudonymise/',
  'app/cases/',
  'app/attributes/',
  'app/sets/',
  'app/memos/',
  'app/summaries/',
  'app/words/',
];

/** The text of the call's arguments from `open` (after its '('), up to its closing ')'. */
function argumentsFrom(text: string, open: number): string {
  let depth = 1;
  let quote: string | null = null;
  let index = open;
  for (; index < text.length && depth > 0; index++) {
    const char = text[index];
    if (quote !== null) {
      if (char === '\\') index++;
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
  }
  return text.slice(open, index - 1);
}

/** How many arguments a call's argument text holds (commas at its top level). */
function argumentCount(args: string): number {
  let depth = 0;
  let quote: string | null = null;
  let count = args.trim() === '' ? 0 : 1;
  for (let index = 0; index < args.length; index++) {
    const char = args[index];
    if (quote !== null) {
      // Inside a template literal, ${…} may hold commas: they are not the call's.
      if (char === '\\') index++;
      else if (char === quote) quote = null;
      else if (quote === '`' && char === '$' && args[index + 1] === '{') {
        let inner = 1;
        index += 2;
        while (index < args.length && inner > 0) {
          if (args[index] === '{') inner++;
          else if (args[index] === '}') inner--;
          index++;
        }
        index--;
      }
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0 && args.slice(index + 1).trim() !== '') count++;
  }
  return count;
}

/** `new AppError(…)` calls of the user-facing folders without a Translated, as file:line. */
function unkeyedUserFacingErrors(): string[] {
  const unkeyed: string[] = [];
  for (const { path, text } of sources) {
    const file = relative(ROOT, path).split(sep).join('/');
    if (!USER_FACING.some((folder) => file.startsWith(folder))) continue;
    for (const match of text.matchAll(/new AppError\(/gu)) {
      const args = argumentsFrom(text, match.index + match[0].length);
      if (/^\s*'INTERNAL'/u.test(args) || argumentCount(args) >= 3) continue;
      unkeyed.push(`${file}:${text.slice(0, match.index).split('\n').length}`);
    }
  }
  return unkeyed;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1] ?? '').sort();
}

describe('backend messages in both languages', () => {
  const codes = thrownCodes();
  const declared = [...readFileSync(join(ROOT, 'app/errors.ts'), 'utf8').matchAll(/\| '([A-Z_]+)'/gu)].map(
    (match) => match[1] ?? '',
  );

  it('finds the codes thrown in app/, db/ and main/', () => {
    // A sanity floor: the collection really read the backend.
    expect([...codes]).toEqual(expect.arrayContaining(['NOT_FOUND', 'BAD_FILE', 'CONFLICT', 'NO_PROJECT']));
    for (const code of codes) expect(declared).toContain(code);
  });

  it.each(['en', 'fr'] as const)('has a %s title and sentence for every code', (language) => {
    const catalogue = language === 'en' ? en : fr;
    const titles = catalogue.errors as Record<string, string>;
    const details = catalogue.errorDetails as Record<string, string | undefined>;
    for (const code of new Set([...codes, ...declared])) {
      expect(titles[code], `errors.${code}`).toMatch(/\S/u);
      expect(details[code], `errorDetails.${code}`).toMatch(/\S/u);
    }
  });

  it.each(['en', 'fr'] as const)('has a %s message for every key the backend sends', (language) => {
    const messages = (language === 'en' ? en : fr).errorMessages as Record<string, string | undefined>;
    for (const key of ERROR_MESSAGE_KEYS) expect(messages[key], `errorMessages.${key}`).toMatch(/\S/u);
  });

  it('names the same values in French and English', () => {
    for (const key of ERROR_MESSAGE_KEYS)
      expect(placeholders(fr.errorMessages[key]), key).toEqual(placeholders(en.errorMessages[key]));
  });

  it('gives a key to every failure a researcher can meet (import, export, coding, documents…)', () => {
    expect(unkeyedUserFacingErrors()).toEqual([]);
  });

  it('reads the arguments of a call as the test above needs', () => {
    expect(argumentCount(argumentsFrom("'BAD_FILE', `${a}, ${b(c, d)}`)", 0))).toBe(2);
    expect(argumentCount(argumentsFrom("'BAD_FILE', 'x, y', { key: 'k', params: { a, b } })", 0))).toBe(3);
    expect(argumentCount(argumentsFrom("\n  'NOT_FOUND',\n  f(x, y),\n)", 0))).toBe(2);
  });

  it('sends each key it declares somewhere, so none is left over', () => {
    const keys = thrownKeys();
    for (const key of ERROR_MESSAGE_KEYS) expect(keys, key).toContain(key);
  });
});

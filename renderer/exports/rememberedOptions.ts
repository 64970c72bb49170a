import { useCallback, useState } from 'react';

/** One check per option: what was stored is used only if it is still a valid value. */
export type OptionRules<T> = { readonly [K in keyof T]: (value: unknown) => value is T[K] };

/** A check that accepts one of `allowed` (a format, a grouping, a language). */
export function oneOf<V extends string>(allowed: readonly V[]): (value: unknown) => value is V {
  return (value): value is V => typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

const STORAGE_PREFIX = 'verbatim.exportOptions.';

/**
 * The options an export dialog opens with: the defaults, each replaced by what was stored
 * last time when it is still valid. A stored text that is not JSON, or an option that an
 * older or newer version wrote differently, falls back to its default: remembering is a
 * convenience and must never stop an export.
 */
export function rememberedOptions<T extends object>(
  defaults: T,
  rules: OptionRules<T>,
  stored: string | null,
): T {
  let parsed: unknown;
  try {
    parsed = stored === null ? null : JSON.parse(stored);
  } catch {
    return defaults;
  }
  if (typeof parsed !== 'object' || parsed === null) return defaults;
  const result = { ...defaults };
  for (const key of Object.keys(rules) as (keyof T)[]) {
    const value = (parsed as Record<keyof T, unknown>)[key];
    if (rules[key](value)) result[key] = value;
  }
  return result;
}

function readStorage(name: string): string | null {
  try {
    return localStorage.getItem(STORAGE_PREFIX + name);
  } catch {
    return null;
  }
}

function writeStorage(name: string, options: object): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + name, JSON.stringify(options));
  } catch {
    // Storage full or refused: the export works, the next opening shows the defaults.
  }
}

/**
 * An export dialog's options, kept in the browser's storage (for every project of this
 * computer) so the dialog opens as it was last used for an export. `change` edits them;
 * `remember` saves them, when the export starts: a dialog closed with Esc is forgotten.
 */
export function useRememberedOptions<T extends object>(
  name: string,
  defaults: () => T,
  rules: OptionRules<T>,
): {
  readonly options: T;
  readonly change: (change: Partial<T> | ((current: T) => Partial<T>)) => void;
  readonly remember: () => void;
} {
  const [options, setOptions] = useState<T>(() => rememberedOptions(defaults(), rules, readStorage(name)));
  const change = useCallback(
    (partial: Partial<T> | ((current: T) => Partial<T>)) =>
      setOptions((current) => ({
        ...current,
        ...(typeof partial === 'function' ? partial(current) : partial),
      })),
    [],
  );
  const remember = useCallback(() => writeStorage(name, options), [name, options]);
  return { options, change, remember };
}

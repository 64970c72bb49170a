import { CITATION_PARTS, DEFAULT_CITATION } from '../../app/contract/index.ts';

/** One line of the citation editor: a part of the citation line, shown or not, in order. */
export interface PartChoice {
  /** 'document', 'case', 'speaker', 'timestamp', 'segment', 'code' or 'attr:NAME'. */
  readonly part: string;
  readonly on: boolean;
}

/** What the backend cites when asked nothing: the same default here, so nothing changes by opening the dialog. */
const DEFAULT_ON = new Set<string>(DEFAULT_CITATION);

/** The starting list: built-in parts, then one per case attribute (off), in that order. */
export function initialChoices(attributeNames: readonly string[]): PartChoice[] {
  return [
    ...CITATION_PARTS.map((part) => ({ part, on: DEFAULT_ON.has(part) })),
    ...attributeNames.map((name) => ({ part: `attr:${name}`, on: false })),
  ];
}

/** Keeps the user's order and ticks, adding attributes that appeared and dropping those gone. */
export function withAttributes(
  choices: readonly PartChoice[],
  attributeNames: readonly string[],
): PartChoice[] {
  const wanted = new Set(attributeNames.map((name) => `attr:${name}`));
  const kept = choices.filter((choice) => !choice.part.startsWith('attr:') || wanted.has(choice.part));
  const known = new Set(kept.map((choice) => choice.part));
  return [...kept, ...[...wanted].filter((part) => !known.has(part)).map((part) => ({ part, on: false }))];
}

/**
 * A stored list of choices still usable: each an object with a part and a tick, and every
 * built-in part there once (a version with other parts starts from the default list).
 */
export function isPartChoices(value: unknown): value is PartChoice[] {
  if (!Array.isArray(value)) return false;
  const valid = value.every(
    (item: unknown) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as PartChoice).part === 'string' &&
      typeof (item as PartChoice).on === 'boolean',
  );
  if (!valid) return false;
  const builtIn = (value as PartChoice[]).filter((choice) => !choice.part.startsWith('attr:'));
  return (
    builtIn.length === CITATION_PARTS.length &&
    CITATION_PARTS.every((part) => builtIn.some((c) => c.part === part))
  );
}

export function toggle(choices: readonly PartChoice[], part: string, on: boolean): PartChoice[] {
  return choices.map((choice) => (choice.part === part ? { ...choice, on } : choice));
}

/** Moves a part one place up (-1) or down (+1); at either end nothing moves. */
export function move(choices: readonly PartChoice[], part: string, by: -1 | 1): PartChoice[] {
  const from = choices.findIndex((choice) => choice.part === part);
  const to = from + by;
  if (from < 0 || to < 0 || to >= choices.length) return [...choices];
  const next = [...choices];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** The citation parts to send, in order. */
export function chosenParts(choices: readonly PartChoice[]): string[] {
  return choices.filter((choice) => choice.on).map((choice) => choice.part);
}

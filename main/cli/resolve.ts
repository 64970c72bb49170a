import type { DocumentSummary } from '../../app/contract/types.ts';
import type { Call } from './backend.ts';
import { CliError } from './output.ts';

/** Finds documents by id or name in one listing of the project (see documentResolver). */
export type DocumentResolver = (reference: string | number) => DocumentSummary;

/**
 * Lists the documents once and resolves any number of references against that list: a
 * batch naming 2,000 documents must not list the project 2,000 times (issue #15).
 * A name shared by several documents is ambiguous.
 */
export async function documentResolver(call: Call): Promise<DocumentResolver> {
  const documents = await call('documents/list', {});
  const byId = new Map(documents.map((document) => [document.id, document]));
  const byName = new Map<string, DocumentSummary[]>();
  for (const document of documents)
    byName.set(document.name, [...(byName.get(document.name) ?? []), document]);
  return (reference) => {
    const text = String(reference);
    const found = /^\d+$/u.test(text) ? byId.get(Number(text)) : undefined;
    if (found) return found;
    const named = byName.get(text) ?? [];
    if (named.length === 1 && named[0]) return named[0];
    if (named.length > 1) {
      throw new CliError(
        `Several documents are named "${text}" (ids ${named.map((d) => d.id).join(', ')}); give an id.`,
      );
    }
    throw new CliError(`There is no document "${text}" in this project.`);
  };
}

/** A document named by id or by name; a name shared by several documents is ambiguous. */
export async function resolveDocument(call: Call, reference: string | number): Promise<DocumentSummary> {
  return (await documentResolver(call))(reference);
}

/** How many known names an error lists before it stops. */
const LISTED_NAMES = 30;

/**
 * Each of `names` as the project spells it (trimmed; the same spelling, else the same
 * letters in another case). A name the project lacks is an error naming it and listing the
 * known ones: a filter on a typo would otherwise give an empty result that looks like a finding.
 */
function matchNames(what: string, names: readonly string[], known: readonly string[]): string[] {
  return names.map((name) => {
    const wanted = name.trim();
    const found =
      known.find((candidate) => candidate === wanted) ??
      known.find((candidate) => candidate.toLowerCase() === wanted.toLowerCase());
    if (found !== undefined) return found;
    const shown = known.slice(0, LISTED_NAMES).join(', ');
    const more = known.length > LISTED_NAMES ? `, … (${known.length} in all)` : '';
    const list = known.length > 0 ? ` The ${what}s are: ${shown}${more}.` : ` This project has no ${what}s.`;
    throw new CliError(`There is no ${what} "${name}" in this project.${list}`);
  });
}

/** Codes named on the command line (names compare case-insensitively), as ids, in order. */
export async function resolveCodes(call: Call, names: readonly string[]): Promise<number[]> {
  if (names.length === 0) return [];
  const codes = await call('codes/list', {});
  const idByName = new Map(codes.map((code) => [code.name, code.id]));
  return matchNames('code', names, [...idByName.keys()]).map((name) => idByName.get(name) ?? 0);
}

/** Coders named on the command line, as the project spells them. */
export async function resolveCoders(call: Call, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const coders = await call('coders/list', {});
  return matchNames(
    'coder',
    names,
    coders.map((coder) => coder.name),
  );
}

/** Speakers named on the command line, as the transcripts label them. */
export async function resolveSpeakers(call: Call, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  // From the segments alone: reading every document in full took seconds on a large project.
  return matchNames('speaker', names, [...(await call('documents/speakers', {}))]);
}

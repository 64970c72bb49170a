/**
 * Which cached reads a write makes stale. A read belongs to the domain before the '/' of its
 * name (`codings/ofDocument` → codings); a write invalidates its own domain and the domains
 * whose answers it changes (a new coding changes code counts, the heatmap, the history).
 * A write missing from this table invalidates everything: slower, never wrong.
 */
export type Domain = string;

/** Every read's answer may change when the project changes underneath (undo, merge, restore). */
export const EVERY_DOMAIN = '*';

// The document list shows each document's coding count, so codings invalidate it.
const CODING_READERS = [
  'codings',
  'codes',
  'coders',
  'documents',
  'analysis',
  'agreement',
  'history',
  'cases',
  'exports',
  'queries',
  // Word counts by code read the codings.
  'words',
  'summaries',
];

/**
 * Reads filed under another domain than their name's. A document's text is its own domain,
 * so a coding (which changes the list's counts) does not reload the open transcript.
 */
const READ_DOMAINS: Readonly<Record<string, Domain>> = { 'documents/get': 'documentText' };

const AFFECTED_BY_DOMAIN: Readonly<Record<string, readonly Domain[]>> = {
  codings: CODING_READERS,
  codes: [...CODING_READERS, 'memos', 'review'],
  documents: [
    'documents',
    'documentText',
    'codings',
    'codes',
    'search',
    'analysis',
    'agreement',
    'cases',
    'sets',
    'history',
    'queries',
    'words',
  ],
  pseudonymise: ['documents', 'documentText', 'codings', 'search', 'analysis', 'history', 'words'],
  memos: ['memos', 'history'],
  summaries: ['summaries', 'history'],
  cases: ['cases', 'sets', 'analysis', 'history', 'queries', 'summaries'],
  attributes: ['cases', 'sets', 'analysis', 'history', 'queries'],
  sets: ['sets', 'cases', 'analysis', 'history', 'queries'],
  agreement: [...CODING_READERS],
  // Accepting a proposal changes the codebook (a merge moves codings).
  review: [...CODING_READERS, 'memos', 'review'],
  // Saving a query changes the saved list; coding its results changes codes and codings.
  queries: CODING_READERS,
  coders: ['coders', 'codings', 'analysis', 'agreement', 'history'],
};

/** Writes whose effect reaches every domain: history steps, whole-project changes. */
const EVERYTHING = new Set([
  'history/undo',
  'history/redo',
  'project/open',
  'project/create',
  'project/close',
  'project/merge',
  'project/restoreBackup',
  'project/setSettings',
  'exchange/importProject',
  'exchange/importCodebook',
]);

/** The domain of a read: the part of its name before '/', unless READ_DOMAINS says otherwise. */
export function domainOf(name: string): Domain {
  const filed = READ_DOMAINS[name];
  if (filed !== undefined) return filed;
  const slash = name.indexOf('/');
  return slash === -1 ? name : name.slice(0, slash);
}

/** The domains whose reads must be asked again after the write `name` succeeded. */
export function domainsInvalidatedBy(name: string): readonly Domain[] {
  if (EVERYTHING.has(name)) return [EVERY_DOMAIN];
  return AFFECTED_BY_DOMAIN[domainOf(name)] ?? [EVERY_DOMAIN];
}

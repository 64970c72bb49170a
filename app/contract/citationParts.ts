/**
 * The parts a citation line under an excerpt may show, besides case attributes
 * (`attr:NAME`), in the order the export dialog lists them; and what is cited when nothing
 * is asked. Shared by the backend, the CLI and the dialog, so they never disagree.
 */
export const CITATION_PARTS = ['case', 'document', 'speaker', 'timestamp', 'segment', 'code'] as const;

export type CitationPart = (typeof CITATION_PARTS)[number] | `attr:${string}`;

export const DEFAULT_CITATION: readonly CitationPart[] = ['document', 'speaker', 'timestamp', 'segment'];

// The renderer imports values from the zod-free modules themselves (historyPhrases,
// citationParts, agreementDecisions), never from here: api.ts would bring zod, whose
// eval probe the interface's CSP refuses. Types may come from here.
export * from './api.ts';
export type * from './types.ts';
export * from './historyPhrases.ts';
export * from './citationParts.ts';
export * from './agreementDecisions.ts';
export type { WireError, WireResult, ErrorCode } from '../errors.ts';

export * from './api.ts';
export type * from './types.ts';
export * from './historyPhrases.ts';
export { AGREEMENT_DECISIONS } from './schemas.ts';
export type { WireError, WireResult, ErrorCode } from '../errors.ts';

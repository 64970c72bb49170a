/**
 * The input schemas of every domain, for code that wants them in one place. Each is declared
 * in its domain's file (app/contract/<domain>.ts) or, when several share it, in shared.ts.
 */
export * from './shared.ts';
export * from './project.ts';
export * from './coders.ts';
export * from './documents.ts';
export * from './codes.ts';
export * from './codings.ts';
export * from './memos.ts';
export * from './analysis.ts';
export * from './exports.ts';
export * from './exchange.ts';
export * from './search.ts';
export * from './agreement.ts';
export * from './pseudonymise.ts';
export * from './cases.ts';
export * from './attributes.ts';
export * from './sets.ts';
export * from './jobs.ts';
export * from './review.ts';
export * from './history.ts';

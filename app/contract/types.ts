/**
 * The data shapes the API returns, as types only (no zod at run time): declared in each
 * domain's file (app/contract/<domain>.ts), shared ones in shared.ts, enumerations in enums.ts.
 */
export type * from './enums.ts';
export type * from './rows.ts';
export type * from './shared.ts';
export type * from './project.ts';
export type * from './coders.ts';
export type * from './documents.ts';
export type * from './codes.ts';
export type * from './codings.ts';
export type * from './memos.ts';
export type * from './analysis.ts';
export type * from './summaries.ts';
export type * from './exports.ts';
export type * from './exchange.ts';
export type * from './search.ts';
export type * from './agreement.ts';
export type * from './pseudonymise.ts';
export type * from './cases.ts';
export type * from './attributes.ts';
export type * from './sets.ts';
export type * from './jobs.ts';
export type * from './review.ts';
export type * from './history.ts';
export type * from './edits.ts';
export type * from './queries.ts';
export type * from './words.ts';
export type * from './team.ts';

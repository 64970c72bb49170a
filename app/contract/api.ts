import type { z } from 'zod';
import { projectOperations } from './project.ts';
import { codersOperations } from './coders.ts';
import { documentsOperations } from './documents.ts';
import { codesOperations } from './codes.ts';
import { codingsOperations } from './codings.ts';
import { memosOperations } from './memos.ts';
import { analysisOperations } from './analysis.ts';
import { exportsOperations } from './exports.ts';
import { exchangeOperations } from './exchange.ts';
import { searchOperations } from './search.ts';
import { agreementOperations } from './agreement.ts';
import { pseudonymiseOperations } from './pseudonymise.ts';
import { casesOperations } from './cases.ts';
import { attributesOperations } from './attributes.ts';
import { setsOperations } from './sets.ts';
import { jobsOperations } from './jobs.ts';
import { reviewOperations } from './review.ts';
import { historyOperations } from './history.ts';
import { editsOperations } from './edits.ts';
import { queriesOperations } from './queries.ts';
import { wordsOperations } from './words.ts';
import { summariesOperations } from './summaries.ts';
import { teamActivityOperations, teamOperations } from './team.ts';

/**
 * The one API contract. Every transport (Electron IPC, loopback HTTP, CLI) calls these
 * operations by name with one input object; nothing else crosses from UI to backend.
 * Each domain declares its operations, inputs and outputs in app/contract/<domain>.ts;
 * this table only gathers them.
 */
export const api = {
  ...projectOperations,
  ...codersOperations,
  ...documentsOperations,
  ...codesOperations,
  ...codingsOperations,
  ...memosOperations,
  ...analysisOperations,
  ...exportsOperations,
  ...exchangeOperations,
  ...searchOperations,
  ...agreementOperations,
  ...pseudonymiseOperations,
  ...casesOperations,
  ...attributesOperations,
  ...setsOperations,
  ...jobsOperations,
  ...reviewOperations,
  ...historyOperations,
  ...editsOperations,
  ...queriesOperations,
  ...wordsOperations,
  ...summariesOperations,
  ...teamOperations,
  ...teamActivityOperations,
} as const;

export type Api = typeof api;
export type OperationName = keyof Api;
export type InputOf<N extends OperationName> = z.input<Api[N]['input']>;
export type ParsedInputOf<N extends OperationName> = z.output<Api[N]['input']>;
export type OutputOf<N extends OperationName> = Exclude<Api[N]['output'], undefined>;

export const operationNames = Object.keys(api) as OperationName[];

// The renderer's one entry into the contract, free of zod at run time: every type (the
// operations' inputs and outputs included) and the const tuples and pure helpers. The
// values of api.ts and of the domain files bring zod, whose eval probe the interface's CSP
// refuses, so only their types come through here.
export type * from './types.ts';
export type { Api, InputOf, OperationName, OutputOf, ParsedInputOf } from './api.ts';
export * from './enums.ts';
export * from './bridge.ts';
export * from './historyPhrases.ts';
export * from './citationParts.ts';
export * from './agreementDecisions.ts';
export * from './scope.ts';
export * from './exportFileName.ts';
export type {
  WireError,
  WireResult,
  ErrorCode,
  ErrorMessageKey,
  MessageParams,
  Translated,
} from '../errors.ts';

export * from './api.ts';
export type * from './types.ts';
export type { WireError, WireResult, ErrorCode } from '../errors.ts';

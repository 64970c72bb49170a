/** Error codes that cross the wire; the renderer translates them (renderer/i18n). */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NO_PROJECT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_FILE'
  | 'NOT_A_PROJECT'
  | 'NEWER_VERSION'
  /** A migration recorded in the project differs from this version's (db/open.ts). */
  | 'ALTERED_SCHEMA'
  | 'FILE_EXISTS'
  | 'UNKNOWN_OPERATION'
  /** The operation or the file is not open to this shell (app/operationAccess.ts). */
  | 'NOT_ALLOWED'
  | 'INTERNAL'
  // Storage: the disk or the project file refused (app/storageErrors.ts).
  | 'BUSY'
  | 'DISK_FULL'
  | 'DISK_ERROR'
  | 'READ_ONLY'
  | 'NO_PERMISSION';

/** An expected failure with a message fit to show a researcher. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export interface WireError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type WireResult<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: WireError };

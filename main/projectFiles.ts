import { extname } from 'node:path';

/** Verbatim's own extension: the only files the shells create, open and merge as projects. */
export const PROJECT_EXTENSION = '.verbatim';

export function hasExtension(path: string, extension: string): boolean {
  return extname(path).toLowerCase() === extension;
}

/** `path` with `extension` added unless it already ends with it (GTK save dialogs leave it out). */
export function withExtension(path: string, extension: string): string {
  return hasExtension(path, extension) ? path : `${path}${extension}`;
}

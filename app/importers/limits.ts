/**
 * Largest file accepted for import. A three-hour interview is about 250 KB of text; 16 MiB
 * is some sixty times that. Larger files are refused before they are read into a project
 * (documented in docs/USER-GUIDE.md).
 */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

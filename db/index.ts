export * from './open.ts';
export * from './queries/documents.ts';
export * from './queries/codes.ts';
export * from './queries/codings.ts';
export * from './queries/coders.ts';
export { latestSchemaVersion, migrations } from './migrations/index.ts';
export * from './queries/events.ts';
export * from './queries/rows.ts';
export * from './queries/memos.ts';

import { z } from 'zod';
import { api, operationNames, type OperationName } from './contract/api.ts';
import { FilePath } from './contract/schemas.ts';
import { AppError } from './errors.ts';

/** The shells that call `dispatch`. */
export type Transport = 'electron' | 'web' | 'cli';

/**
 * Who is calling `dispatch`: the transport, and how that transport turns what was sent in
 * a path field into a path the user chose. The CLI passes its arguments through; the
 * Electron IPC handler resolves handles of files chosen in a native dialog; the web shell
 * confines names to the folder it was started for. A value the caller cannot vouch for
 * throws an AppError (NOT_ALLOWED).
 */
export interface Caller {
  readonly transport: Transport;
  userPath(sent: string, name: OperationName): string;
}

/** Callers whose paths come straight from the user: the CLI's arguments, tests, scripts. */
export const CLI_CALLER: Caller = { transport: 'cli', userPath: (sent) => sent };

const ALL: readonly Transport[] = ['electron', 'web', 'cli'];
/** The page in a browser sends transcripts as uploads (documents/importFiles, importBatch). */
const NOT_WEB: readonly Transport[] = ['electron', 'cli'];

/**
 * The one table of which transports may call each operation, checked by `dispatch` before
 * the input is even validated. Its type lists every operation, so a new operation does not
 * compile until someone decides here who may call it (operationAccess.test.ts checks it
 * at run time too).
 */
export const operationAccess: { readonly [N in OperationName]: readonly Transport[] } = {
  'project/create': ALL,
  'project/open': ALL,
  'project/close': ALL,
  'project/current': ALL,
  'project/recent': ALL,
  'project/settings': ALL,
  'project/setSettings': ALL,
  'coders/me': ALL,
  'coders/setMe': ALL,
  'coders/list': ALL,
  'project/mergePreview': ALL,
  'project/merge': ALL,
  'documents/list': ALL,
  'documents/get': ALL,
  'documents/importFiles': ALL,
  'documents/importPaths': NOT_WEB,
  'documents/previewImport': ALL,
  'documents/importBatch': ALL,
  'documents/delete': ALL,
  'documents/rename': ALL,
  'documents/previewTable': ALL,
  'documents/importTable': ALL,
  'codes/list': ALL,
  'codes/create': ALL,
  'codes/update': ALL,
  'codes/deletePreview': ALL,
  'codes/delete': ALL,
  'codes/move': ALL,
  'codes/merge': ALL,
  'codes/split': ALL,
  'codings/create': ALL,
  'codings/delete': ALL,
  'codings/ofDocument': ALL,
  'codings/excerptsOfCode': ALL,
  'codings/update': ALL,
  'codings/recode': ALL,
  'codings/deleteMany': ALL,
  'codings/context': ALL,
  'memos/list': ALL,
  'memos/get': ALL,
  'memos/save': ALL,
  'memos/delete': ALL,
  'analysis/cooccurrence': ALL,
  'analysis/cooccurrenceExcerpts': ALL,
  'analysis/matrix': ALL,
  'exports/matrix': ALL,
  'exchange/exportProject': ALL,
  'exchange/exportCodebook': ALL,
  'exchange/importProject': ALL,
  'exchange/importCodebook': ALL,
  'search/query': ALL,
  'agreement/compute': ALL,
  'agreement/disagreements': ALL,
  'agreement/resolve': ALL,
  'exports/excerpts': ALL,
  'exports/excerptsJob': ALL,
  'exports/excerptText': ALL,
  'exports/codebook': ALL,
  'pseudonymise/scanDocuments': ALL,
  'pseudonymise/scanForExport': ALL,
  'pseudonymise/applyToDocuments': ALL,
  'pseudonymise/mappingFile': ALL,
  'cases/list': ALL,
  'cases/create': ALL,
  'cases/update': ALL,
  'cases/delete': ALL,
  'cases/setValue': ALL,
  'attributes/create': ALL,
  'attributes/update': ALL,
  'attributes/delete': ALL,
  'sets/list': ALL,
  'sets/create': ALL,
  'sets/update': ALL,
  'sets/delete': ALL,
  'jobs/status': ALL,
  'jobs/cancel': ALL,
  'review/freeze': ALL,
  'review/versions': ALL,
  'review/changes': ALL,
  'review/changelog': ALL,
  'review/propose': ALL,
  'review/proposals': ALL,
  'review/decide': ALL,
  'history/status': ALL,
  'history/list': ALL,
  'history/undo': ALL,
  'history/redo': ALL,
  'project/backups': ALL,
  'project/restoreBackup': ALL,
  // Its path is a handle in Electron (a save dialog), a name in the shell's folder on the web.
  'project/saveCopy': ALL,
};

const TRANSPORT_NAMES: Record<Transport, string> = {
  electron: 'the desktop app',
  web: 'Verbatim in the browser',
  cli: 'the command line',
};

/** Refuses, before validation, an operation this transport may not call. */
export function checkTransport(name: OperationName, transport: Transport): void {
  if (operationAccess[name].includes(transport)) return;
  throw new AppError('NOT_ALLOWED', `${name} cannot be called from ${TRANSPORT_NAMES[transport]}.`);
}

type PathField = { readonly key: string; readonly many: boolean };

function pathFieldsOfSchema(schema: z.ZodType): PathField[] {
  if (!(schema instanceof z.ZodObject)) return [];
  const fields: PathField[] = [];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (field === FilePath) fields.push({ key, many: false });
    else if (field instanceof z.ZodArray && field.element === FilePath) fields.push({ key, many: true });
  }
  return fields;
}

const PATH_FIELDS = new Map<OperationName, PathField[]>(
  operationNames
    .map((name) => [name, pathFieldsOfSchema(api[name].input)] as const)
    .filter(([, fields]) => fields.length > 0),
);

/** The operations whose input names files on disk, with those fields (found by the FilePath schema). */
export function pathOperations(): ReadonlyMap<OperationName, readonly PathField[]> {
  return PATH_FIELDS;
}

/**
 * The validated input with every path field replaced by the path the caller vouches for
 * (its `userPath`), which throws for anything the user did not choose.
 */
export function withUserPaths(name: OperationName, input: unknown, caller: Caller): unknown {
  const fields = PATH_FIELDS.get(name);
  if (!fields) return input;
  const resolved = { ...(input as Record<string, unknown>) };
  for (const { key, many } of fields) {
    const value = resolved[key];
    if (value === undefined) continue;
    resolved[key] = many
      ? (value as string[]).map((sent) => caller.userPath(sent, name))
      : caller.userPath(value as string, name);
  }
  return resolved;
}

import { z } from 'zod';
import { api, operationNames, type OperationName } from './contract/api.ts';
import { FilePath } from './contract/shared.ts';
import { AppError } from './errors.ts';
import type { Transport } from './registration/registry.ts';
import { operations } from './operations.ts';

export type { Transport } from './registration/registry.ts';

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

/**
 * Which transports may call each operation, read from the registration table
 * (app/operations.ts), where each operation declares its transports (every shell unless
 * it says otherwise). `dispatch` checks it before the input is even validated; its type
 * lists every operation (operationAccess.test.ts checks it at run time too).
 */
export const operationAccess = Object.fromEntries(
  operationNames.map((name) => [name, operations[name].transports]),
) as { readonly [N in OperationName]: readonly Transport[] };

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

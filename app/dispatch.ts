import { api, type OperationName } from './contract/api.ts';
import { AppError, wireErrorOf, type WireResult } from './errors.ts';
import { checkTransport, withUserPaths, type Caller } from './operationAccess.ts';
import { operations } from './operations.ts';
import type { ProjectSession } from './session.ts';
import { runVisible } from './visibility/blindSession.ts';
import { storageError } from './storageErrors.ts';
import type { Visibility } from './visibility/policy.ts';

function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(api, name);
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/**
 * The single entry point of every transport: refuses an operation the caller's transport
 * may not call (declared at registration, app/operations.ts), validates the input against the contract, lets
 * the caller vouch for each file path, runs the handler and turns any failure into a wire
 * error. Unexpected errors are logged and reported without internals.
 */
export async function dispatch(
  session: ProjectSession,
  name: string,
  input: unknown,
  caller: Caller,
): Promise<WireResult<unknown>> {
  try {
    if (!isOperationName(name)) throw new AppError('UNKNOWN_OPERATION', `Unknown operation: ${name}`);
    checkTransport(name, caller.transport);
    const parsed = api[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      throw new AppError(
        'INVALID_INPUT',
        `Invalid input for ${name}: ${describeIssues(parsed.error.issues)}`,
      );
    }
    // The handler as registered (app/operations.ts): a mutation opens its own transaction
    // and records its event. Blind mode: a read runs on what the coder may see (app/visibility/).
    const { run, visibility } = operations[name] as {
      run: (input: unknown, session: ProjectSession) => unknown;
      visibility: Visibility;
    };
    const data = await runVisible(name, visibility, withUserPaths(name, parsed.data, caller), session, run);
    session.afterOperation(name, visibility);
    return { ok: true, data: data ?? null };
  } catch (thrown) {
    const error = thrown instanceof AppError ? thrown : (storageError(thrown) ?? thrown);
    if (error instanceof AppError) return { ok: false, error: wireErrorOf(error) };
    console.error(`[verbatim] ${name} failed:`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `Something went wrong in ${name}: ${detail}` } };
  }
}

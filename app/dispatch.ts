import { api, type OperationName } from './contract/api.ts';
import { AppError, type WireResult } from './errors.ts';
import { agreementHandlers } from './handlers/agreement.ts';
import { analysisHandlers } from './handlers/analysis.ts';
import { backupHandlers } from './handlers/backups.ts';
import { caseHandlers } from './handlers/cases.ts';
import { codebookHandlers } from './handlers/codebook.ts';
import { coderHandlers } from './handlers/coders.ts';
import { codeHandlers } from './handlers/codes.ts';
import { codingHandlers } from './handlers/codings.ts';
import { documentHandlers } from './handlers/documents.ts';
import { exchangeHandlers } from './handlers/exchange.ts';
import { exportHandlers } from './handlers/exports.ts';
import { historyHandlers } from './handlers/history.ts';
import { importBatchHandlers } from './handlers/importBatch.ts';
import { importPreviewHandlers } from './handlers/importPreview.ts';
import { importTableHandlers } from './handlers/importTable.ts';
import { jobHandlers } from './handlers/jobs.ts';
import { matrixHandlers } from './handlers/matrices.ts';
import { memoHandlers } from './handlers/memos.ts';
import { mergeHandlers } from './handlers/merge.ts';
import { projectHandlers } from './handlers/project.ts';
import { pseudonymiseHandlers } from './handlers/pseudonymise.ts';
import { reviewHandlers } from './handlers/review.ts';
import { searchHandlers } from './handlers/search.ts';
import { setHandlers } from './handlers/sets.ts';
import { combineHandlers, type HandlerGroup } from './handlers/registry.ts';
import { checkTransport, withUserPaths, type Caller } from './operationAccess.ts';
import type { ProjectSession } from './session.ts';
import { runVisible } from './visibility/blindSession.ts';
import { storageError } from './storageErrors.ts';

export const handlers: HandlerGroup = combineHandlers(
  projectHandlers,
  documentHandlers,
  codeHandlers,
  codebookHandlers,
  codingHandlers,
  analysisHandlers,
  exportHandlers,
  exchangeHandlers,
  historyHandlers,
  memoHandlers,
  caseHandlers,
  setHandlers,
  pseudonymiseHandlers,
  searchHandlers,
  matrixHandlers,
  jobHandlers,
  importBatchHandlers,
  importPreviewHandlers,
  importTableHandlers,
  mergeHandlers,
  reviewHandlers,
  coderHandlers,
  agreementHandlers,
  backupHandlers,
);

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
 * may not call (app/operationAccess.ts), validates the input against the contract, lets
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
    const handler = handlers[name] as ((input: unknown, session: ProjectSession) => unknown) | undefined;
    if (!handler) throw new AppError('UNKNOWN_OPERATION', `No handler for ${name}`);
    // Blind mode: a read runs on what the current coder may see (app/visibility/).
    const data = await runVisible(name, withUserPaths(name, parsed.data, caller), session, handler);
    session.afterOperation(name);
    return { ok: true, data: data ?? null };
  } catch (thrown) {
    const error = thrown instanceof AppError ? thrown : (storageError(thrown) ?? thrown);
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
    console.error(`[verbatim] ${name} failed:`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `Something went wrong in ${name}: ${detail}` } };
  }
}

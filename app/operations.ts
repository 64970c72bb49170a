import { agreementOperations } from './handlers/agreement.ts';
import { analysisOperations } from './handlers/analysis.ts';
import { backupOperations } from './handlers/backups.ts';
import { caseOperations } from './handlers/cases.ts';
import { codeOperations } from './handlers/codes.ts';
import { codebookOperations } from './handlers/codebook.ts';
import { coderOperations } from './handlers/coders.ts';
import { codingOperations } from './handlers/codings.ts';
import { documentOperations } from './handlers/documents.ts';
import { exchangeOperations } from './handlers/exchange.ts';
import { exportOperations } from './handlers/exports.ts';
import { historyOperations } from './handlers/history.ts';
import { importBatchOperations } from './handlers/importBatch.ts';
import { importPreviewOperations } from './handlers/importPreview.ts';
import { importTableOperations } from './handlers/importTable.ts';
import { jobOperations } from './handlers/jobs.ts';
import { matrixOperations } from './handlers/matrices.ts';
import { memoOperations } from './handlers/memos.ts';
import { mergeOperations } from './handlers/merge.ts';
import { projectOperations } from './handlers/project.ts';
import { pseudonymiseOperations } from './handlers/pseudonymise.ts';
import { reviewOperations } from './handlers/review.ts';
import { searchOperations } from './handlers/search.ts';
import { setOperations } from './handlers/sets.ts';
import { combineOperations, type OperationTable } from './handlers/registry.ts';

/**
 * The registration table: every operation of the contract with its handler, wrapped by the
 * rules of its kind (app/handlers/registry.ts: read, mutation, unrecorded, ownTransaction,
 * outsideProject), the transports allowed to call it and its visibility in blind mode.
 * `satisfies OperationTable` makes an operation without a handler a compile error; the
 * transport allowlist (operationAccess.ts) and the visibility policy (visibility/policy.ts)
 * are read from it.
 */
export const operations = combineOperations(
  projectOperations,
  documentOperations,
  codeOperations,
  codebookOperations,
  codingOperations,
  analysisOperations,
  exportOperations,
  exchangeOperations,
  historyOperations,
  memoOperations,
  caseOperations,
  setOperations,
  pseudonymiseOperations,
  searchOperations,
  matrixOperations,
  jobOperations,
  importBatchOperations,
  importPreviewOperations,
  importTableOperations,
  mergeOperations,
  reviewOperations,
  coderOperations,
  agreementOperations,
  backupOperations,
) satisfies OperationTable;

import { agreementOperations } from './agreement/operations.ts';
import { analysisOperations } from './analysis/operations.ts';
import { attributeOperations } from './attributes/operations.ts';
import { caseOperations } from './cases/operations.ts';
import { coderOperations } from './coders/operations.ts';
import { codeOperations } from './codes/operations.ts';
import { codingOperations } from './codings/operations.ts';
import { documentOperations } from './documents/operations.ts';
import { documentEditOperations } from './documents/editOperations.ts';
import { exchangeOperations } from './exchange/operations.ts';
import { exportOperations } from './exports/operations.ts';
import { historyOperations } from './history/operations.ts';
import { jobOperations } from './jobs/operations.ts';
import { memoOperations } from './memos/operations.ts';
import { projectOperations } from './project/operations.ts';
import { pseudonymiseOperations } from './pseudonymise/operations.ts';
import { queryOperations } from './queries/operations.ts';
import { combineOperations, type OperationTable } from './registration/registry.ts';
import { reviewOperations } from './review/operations.ts';
import { searchOperations } from './search/operations.ts';
import { setOperations } from './sets/operations.ts';
import { wordOperations } from './words/operations.ts';
import { summaryOperations } from './summaries/operations.ts';
import { teamActivityOperations } from './team/liveOperations.ts';
import { teamOperations } from './team/operations.ts';

/**
 * The registration table: every operation of the contract with its handler, one group per
 * domain. The handlers of the operations named `<domain>/…` are in `app/<domain>/operations.ts`,
 * so an operation is found by its name. Each is wrapped by the rules of its kind
 * (app/registration/registry.ts: read, mutation, unrecorded, ownTransaction, outsideProject),
 * the transports allowed to call it and its visibility in blind mode.
 * `satisfies OperationTable` makes an operation without a handler a compile error; the
 * transport allowlist (operationAccess.ts) and the visibility policy (visibility/policy.ts)
 * are read from it.
 */
export const operations = combineOperations(
  projectOperations,
  coderOperations,
  documentOperations,
  documentEditOperations,
  codeOperations,
  codingOperations,
  analysisOperations,
  exportOperations,
  exchangeOperations,
  historyOperations,
  memoOperations,
  caseOperations,
  attributeOperations,
  setOperations,
  pseudonymiseOperations,
  searchOperations,
  jobOperations,
  reviewOperations,
  agreementOperations,
  queryOperations,
  wordOperations,
  summaryOperations,
  teamOperations,
  teamActivityOperations,
) satisfies OperationTable;

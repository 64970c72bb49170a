import {
  caseDocumentLinks,
  getDocument,
  listCases,
  listCodes,
  listDocuments,
  type Db,
} from '../../db/index.ts';
import { filteredData } from '../analysis/filters.ts';
import { projectSegmentBounds } from '../analysis/projectData.ts';
import type { AnalysisFilters, QueryCount, QueryExcerpt, QueryResult } from '../contract/types.ts';
import { AppError, type ErrorMessageKey } from '../errors.ts';
import type { QueryNode } from './ast.ts';
import { evaluateQuery, UnknownCodeError, type QueryCoding } from './evaluate.ts';
import { parseQuery, QueryParseError, type QueryProblemKey } from './parse.ts';

/** The message of each parse problem (parse.ts), in the interface's catalogue. */
const PARSE_PROBLEM_MESSAGES: Record<QueryProblemKey, ErrorMessageKey> = {
  queryQuoteUnclosed: 'queryQuoteUnclosed',
  queryEmptyName: 'queryEmptyName',
  queryExpectedKeyword: 'queryExpectedKeyword',
  queryExpectedKeywordAtEnd: 'queryExpectedKeywordAtEnd',
  queryExpectedNumber: 'queryExpectedNumber',
  queryExpectedNumberAtEnd: 'queryExpectedNumberAtEnd',
  queryDistanceTooLarge: 'queryDistanceTooLarge',
  queryCloseExpected: 'queryCloseExpected',
  queryCloseExpectedAtEnd: 'queryCloseExpectedAtEnd',
  queryUnmatchedClose: 'queryUnmatchedClose',
  queryExpectedName: 'queryExpectedName',
  queryExpectedNameAtEnd: 'queryExpectedNameAtEnd',
  queryNearTurns: 'queryNearTurns',
  queryEmpty: 'queryEmpty',
  queryExpectedOperator: 'queryExpectedOperator',
};

/** Parses an expression, or an INVALID_INPUT error that says where it goes wrong. */
export function requireQuery(expression: string): QueryNode {
  try {
    return parseQuery(expression);
  } catch (error) {
    if (error instanceof QueryParseError)
      throw new AppError('INVALID_INPUT', `This query does not read: ${error.message}.`, {
        key: PARSE_PROBLEM_MESSAGES[error.key],
        params: error.params,
      });
    throw error;
  }
}

/** The ranges a query finds under the analysis filters (docs/ANALYSIS.md, "Coding queries"). */
export function queryHits(db: Db, expression: string, filters: AnalysisFilters | undefined): QueryCoding[] {
  const tree = requireQuery(expression);
  const data = filteredData(db, filters);
  try {
    // Turns count whatever the speaker filter: FOLLOWED BY … TURNS measures the conversation.
    return evaluateQuery(tree, {
      codes: listCodes(db),
      codings: data.codings,
      turns: () => projectSegmentBounds(db),
    });
  } catch (error) {
    if (error instanceof UnknownCodeError)
      throw new AppError('NOT_FOUND', `${error.message}.`, {
        key: 'queryUnknownCode',
        params: { name: error.codeName, position: error.position },
      });
    throw error;
  }
}

function counted(names: ReadonlyMap<number, string>, counts: ReadonlyMap<number, number>): QueryCount[] {
  return [...counts]
    .map(([id, count]) => ({ id, name: names.get(id) ?? '', count }))
    .sort((x, y) => x.name.localeCompare(y.name) || x.id - y.id);
}

/** Runs a query: its excerpts (with their text) and the counts per document and per case. */
export function runQuery(db: Db, expression: string, filters: AnalysisFilters | undefined): QueryResult {
  const hits = queryHits(db, expression, filters);
  const documentNames = new Map(listDocuments(db).map((document) => [document.id, document.name]));
  const codeNames = new Map(listCodes(db).map((code) => [code.id, code.name]));
  const perDocument = new Map<number, number>();
  let text = '';
  let textOf = 0;
  const excerpts: QueryExcerpt[] = hits.map((hit) => {
    // Hits come by document: one transcript in memory at a time.
    if (textOf !== hit.documentId) {
      textOf = hit.documentId;
      text = getDocument(db, hit.documentId)?.text ?? '';
    }
    perDocument.set(hit.documentId, (perDocument.get(hit.documentId) ?? 0) + 1);
    return {
      documentId: hit.documentId,
      doc: documentNames.get(hit.documentId) ?? '',
      start: hit.start,
      end: hit.end,
      codeId: hit.codeId,
      code: codeNames.get(hit.codeId) ?? '',
      coder: hit.coder,
      text: ` ${text.slice(hit.start, hit.end)}`.slice(1),
    };
  });
  const perCase = new Map<number, number>();
  for (const link of caseDocumentLinks(db)) {
    const count = perDocument.get(link.documentId);
    if (count !== undefined) perCase.set(link.caseId, (perCase.get(link.caseId) ?? 0) + count);
  }
  const caseNames = new Map(listCases(db).map((row) => [row.id, row.name]));
  return {
    expression,
    count: excerpts.length,
    excerpts,
    documents: counted(documentNames, perDocument),
    cases: counted(caseNames, perCase),
  };
}

/**
 * Shapes that db/ returns as rows and the contract returns as they are: declared once here
 * (no zod; db/ references this file and enums.ts only, app/contract/tsconfig.shapes.json).
 */

import type { ProposalKind, ProposalStatus } from './enums.ts';

/** A coding's place: the input of co-occurrence and matrices; the contract's Coding adds the quote. */
export interface AnalysisCoding {
  readonly id: number;
  readonly documentId: number;
  readonly codeId: number;
  readonly coder: string;
  readonly start: number;
  readonly end: number;
}

/** A codebook proposal as stored; the contract's Proposal parses its payload. */
export interface ProposalRow {
  readonly id: number;
  readonly guid: string;
  readonly kind: ProposalKind;
  readonly payload: string;
  readonly comment: string;
  readonly author: string;
  readonly createdAt: string;
  readonly status: ProposalStatus;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly decisionComment: string;
}

export interface Code {
  readonly id: number;
  readonly guid: string;
  readonly name: string;
  readonly parentId: number | null;
  readonly color: string;
  readonly description: string;
  readonly sortOrder: number;
  readonly codingCount: number;
  readonly inclusion: string;
  readonly exclusion: string;
  /** A coding chosen as the code's anchor example. */
  readonly exampleCodingId: number | null;
  readonly archived: boolean;
}

/** An excerpt as stored: a coding with its code, document, quote and segment; the contract's Excerpt adds the turns. */
export interface ExcerptRow {
  readonly codingId: number;
  readonly codeId: number;
  readonly codeName: string;
  readonly documentId: number;
  readonly documentName: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly coder: string;
  readonly segmentOrdinal: number | null;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

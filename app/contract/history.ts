import { z } from 'zod';
import { op } from './operation.ts';
import type { EventState } from './enums.ts';
import type { HistoryPhrase } from './historyPhrases.ts';
import { Empty } from './shared.ts';

/** The history operations of the contract: their inputs (zod), outputs and operation table. */

export const HistoryListInput = z
  .object({ limit: z.number().int().positive().max(10000).optional() })
  .strict();

export interface HistoryEntry {
  readonly id: number;
  readonly kind: string;
  /** In English; `phrase` says it in the interface's language (null for older events). */
  readonly summary: string;
  readonly phrase: HistoryPhrase | null;
  readonly coder: string | null;
  readonly createdAt: string;
  readonly state: EventState;
}

/** What Undo and Redo would do next (their summaries), or null when there is nothing. */
export interface HistoryStatus {
  readonly undo: string | null;
  readonly redo: string | null;
  readonly undoPhrase: HistoryPhrase | null;
  readonly redoPhrase: HistoryPhrase | null;
}

export interface HistoryStep extends HistoryStatus {
  readonly done: HistoryEntry;
}

export const historyOperations = {
  'history/status': op<HistoryStatus>()(Empty),
  'history/list': op<readonly HistoryEntry[]>()(HistoryListInput),
  'history/undo': op<HistoryStep>()(Empty),
  'history/redo': op<HistoryStep>()(Empty),
} as const;

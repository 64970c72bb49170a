import { z } from 'zod';
import { op } from './operation.ts';

/** The jobs operations of the contract: their inputs (zod), outputs and operation table. */

export const JobIdInput = z.object({ id: z.string().uuid() }).strict();

export interface JobStatus {
  readonly id: string;
  readonly kind: string;
  readonly state: 'running' | 'done' | 'failed' | 'cancelled';
  readonly done: number;
  readonly total: number;
  /** What is being worked on, e.g. a file name. */
  readonly current: string;
  readonly result: unknown;
  readonly error: string | null;
}

export const jobsOperations = {
  'jobs/status': op<JobStatus>()(JobIdInput),
  'jobs/cancel': op<JobStatus>()(JobIdInput),
} as const;

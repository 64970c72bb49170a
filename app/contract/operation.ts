import type { z } from 'zod';

/** One operation of the contract: its zod input, and its output type (phantom). */
export interface Operation<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

/** `op<Output>()(InputSchema)`: declares an operation in its domain's table (app/contract/<domain>.ts). */
export function op<O>() {
  return <I extends z.ZodType>(input: I): Operation<I, O> => ({ input });
}

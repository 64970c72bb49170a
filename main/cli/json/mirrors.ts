import type { z } from 'zod';

/** T without `readonly` at any depth: the contract's shapes are readonly, zod's outputs are not. */
type Writable<T> = T extends (infer Item)[]
  ? Writable<Item>[]
  : T extends readonly (infer Item)[]
    ? Writable<Item>[]
    : T extends object
      ? { -readonly [K in keyof T]: Writable<T[K]> }
      : T;

/** True when A and B describe the same values (each assignable to the other), readonly aside. */
export type Mirrors<A, B> = [Writable<A>] extends [Writable<B>]
  ? [Writable<B>] extends [Writable<A>]
    ? true
    : false
  : false;

/**
 * `mirroring<Shape>()(schema)` returns the schema, and fails the type check when the schema's
 * output is not the contract's `Shape`: a CLI JSON schema cannot drift from the contract.
 */
export function mirroring<Shape>() {
  return <S extends z.ZodType>(schema: S & (Mirrors<z.output<S>, Shape> extends true ? unknown : never)): S =>
    schema;
}

/** T with `readonly` at every depth: what a command may print (contract shapes are readonly). */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Reliability data as Krippendorff lays it out: one row per unit, one value per coder.
 * A row carries a weight, the number of identical units it stands for, so that a run of
 * 10,000 characters on which the coders give the same values is one row, not 10,000.
 */

/** A value a coder gave a unit; null when that coder gave none (a missing value). */
export type Value = number | string | null;

export interface UnitRow {
  /** One value per coder, in the same coder order in every row. */
  readonly values: readonly Value[];
  /** How many identical units this row stands for (a positive number). */
  readonly weight: number;
}

/** A coefficient, or null with the reason it is undefined (never NaN). */
export type Statistic =
  { readonly value: number; readonly reason: null } | { readonly value: null; readonly reason: string };

export function defined(value: number): Statistic {
  return { value, reason: null };
}

export function undefinedBecause(reason: string): Statistic {
  return { value: null, reason };
}

/** Rows of weight 1 from a units × coders table, as published examples print them. */
export function rowsOf(table: readonly (readonly Value[])[]): UnitRow[] {
  return table.map((values) => ({ values, weight: 1 }));
}

/** The coincidence matrix of nominal reliability data (Krippendorff 2011, section C). */
export interface Coincidences {
  /** o_ck: coincidences of values c and k, each unit's pairs divided by (m_u − 1). */
  readonly matrix: ReadonlyMap<Value, ReadonlyMap<Value, number>>;
  /** n_c = Σ_k o_ck: how often value c was pairable. */
  readonly totals: ReadonlyMap<Value, number>;
  /** n = Σ_c n_c: the number of pairable values. */
  readonly n: number;
  /** Σ_c o_cc: the coincidences of equal values. */
  readonly agreeing: number;
}

function add(map: Map<Value, number>, key: Value, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/**
 * Counts, in every unit with at least two values (m_u ≥ 2), the ordered pairs of values
 * from different coders, each weighing 1 / (m_u − 1), so that every pairable value counts
 * once in total. Units with fewer than two values cannot show agreement and are left out.
 */
export function coincidences(rows: readonly UnitRow[]): Coincidences {
  const matrix = new Map<Value, Map<Value, number>>();
  const totals = new Map<Value, number>();
  let n = 0;
  let agreeing = 0;
  for (const row of rows) {
    const counts = new Map<Value, number>();
    let m = 0;
    for (const value of row.values) {
      if (value === null) continue;
      add(counts, value, 1);
      m += 1;
    }
    if (m < 2 || row.weight <= 0) continue;
    for (const [c, nc] of counts) {
      const line = matrix.get(c) ?? new Map<Value, number>();
      matrix.set(c, line);
      for (const [k, nk] of counts) {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        if (pairs === 0) continue;
        const amount = (pairs * row.weight) / (m - 1);
        add(line, k, amount);
        add(totals, c, amount);
        n += amount;
        if (c === k) agreeing += amount;
      }
    }
  }
  return { matrix, totals, n, agreeing };
}

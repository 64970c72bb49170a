import { defined, undefinedBecause, type Statistic, type UnitRow, type Value } from './reliabilityData.ts';

/** Below this, 1 − p_e is taken as zero: kappa would divide by (almost) nothing. */
const EPSILON = 1e-12;

function add(map: Map<Value, number>, key: Value, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/**
 * Cohen's (1960) kappa for exactly two coders and nominal values (binary included):
 * κ = (p_o − p_e) / (1 − p_e), where p_o is the share of units on which the coders agree
 * and p_e = Σ_c p_A(c) · p_B(c) the agreement expected if each coded at random with their
 * own observed frequencies. Units missing a value from either coder are left out.
 */
export function cohensKappa(rows: readonly UnitRow[]): Statistic {
  if (rows.some((row) => row.values.length !== 2)) {
    return undefinedBecause("Cohen's kappa compares exactly two coders");
  }
  let total = 0;
  let agreeing = 0;
  const byA = new Map<Value, number>();
  const byB = new Map<Value, number>();
  for (const { values, weight } of rows) {
    const [a = null, b = null] = values;
    if (a === null || b === null || weight <= 0) continue;
    total += weight;
    if (a === b) agreeing += weight;
    add(byA, a, weight);
    add(byB, b, weight);
  }
  if (total === 0) return undefinedBecause('no unit has a value from both coders');
  let expected = 0;
  for (const [value, countA] of byA) expected += (countA / total) * ((byB.get(value) ?? 0) / total);
  if (1 - expected < EPSILON) {
    return undefinedBecause(
      'both coders gave every unit the same value: with no variation kappa is undefined',
    );
  }
  return defined((agreeing / total - expected) / (1 - expected));
}

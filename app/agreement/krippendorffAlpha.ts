import { coincidences, defined, undefinedBecause, type Statistic, type UnitRow } from './reliabilityData.ts';

/** Relative tolerance under which the expected disagreement counts as zero. */
const EPSILON = 1e-12;

/**
 * Krippendorff's alpha for nominal values, any number of coders, missing values allowed
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C):
 * α = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k,
 * with o_ck the coincidence matrix, n_c its margins and n the number of pairable values.
 * Undefined when every pairable value is the same (D_e = 0) or nothing is pairable.
 */
export function krippendorffAlphaNominal(rows: readonly UnitRow[]): Statistic {
  const { n, agreeing, totals } = coincidences(rows);
  if (n === 0) return undefinedBecause('no unit has values from at least two coders');
  let sumOfSquares = 0;
  for (const nc of totals.values()) sumOfSquares += nc * nc;
  // Σ_{c≠k} n_c n_k = n² − Σ_c n_c²; 0 when a single value was used (up to rounding,
  // since weights divided by m_u − 1 need not be whole).
  const expectedPairs = n * n - sumOfSquares;
  if (expectedPairs <= EPSILON * n * n) {
    return undefinedBecause('every unit got the same value: with no variation alpha is undefined');
  }
  const disagreeing = n - agreeing;
  return defined(1 - ((n - 1) * disagreeing) / expectedPairs);
}

import { coincidences, defined, undefinedBecause, type Statistic, type UnitRow } from './reliabilityData.ts';

/**
 * Percent agreement as a share in [0, 1]: the share of pairable values that are paired
 * with an equal value, Σ_c o_cc / n on the coincidence matrix. For two coders with no
 * missing value this is the plain share of units on which they agree; for more coders it
 * is the share of agreeing coder pairs in each unit, averaged over units. It is the
 * observed agreement (1 − D_o) of Krippendorff's alpha, so the two figures read together.
 */
export function percentAgreement(rows: readonly UnitRow[]): Statistic {
  const { n, agreeing } = coincidences(rows);
  if (n === 0) return undefinedBecause('no unit has values from at least two coders');
  return defined(agreeing / n);
}

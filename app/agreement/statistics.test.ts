import { describe, expect, it } from 'vitest';
import { cohensKappa } from './cohensKappa.ts';
import { krippendorffAlphaNominal } from './krippendorffAlpha.ts';
import { percentAgreement } from './percentAgreement.ts';
import { coincidences, rowsOf, type UnitRow, type Value } from './reliabilityData.ts';

/** Transposes coder rows (as the papers print them) into unit rows. */
function byUnit(coders: readonly (readonly Value[])[]): UnitRow[] {
  const units = coders[0]?.length ?? 0;
  return rowsOf(Array.from({ length: units }, (_, u) => coders.map((values) => values[u] ?? null)));
}

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School
// for Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43
// Section A: binary data, two observers, no missing data (10 units). The paper gives α = 0.095.
const binaryExample = byUnit([
  [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]);

// Same paper, section C: nominal data, four observers, 12 units, missing values (".").
// The paper gives α_nominal = 0.743 (unit 12 has a single value and is not pairable).
const nominalExample = byUnit([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
]);

/** Rows of a 2×2 (or k×k) contingency table of two coders: one weighted row per cell. */
function fromContingency(cells: readonly [Value, Value, number][]): UnitRow[] {
  return cells.map(([a, b, weight]) => ({ values: [a, b], weight }));
}

describe("Krippendorff's alpha (nominal)", () => {
  it('reproduces the binary two-observer example of Krippendorff (2011): α = 0.095', () => {
    // By hand: n = 20, o_01 = 4, n_0 = 14, n_1 = 6, α = 1 − 19 · 4 / (14 · 6) = 8 / 84.
    const alpha = krippendorffAlphaNominal(binaryExample);
    expect(alpha.value).toBeCloseTo(0.095, 3);
    expect(alpha.value).toBeCloseTo(8 / 84, 12);
  });

  it('reproduces the four-observer example with missing values of Krippendorff (2011): α = 0.743', () => {
    const matrix = coincidences(nominalExample);
    // 40 pairable values: unit 12 (one value) is left out, as in the paper.
    expect(matrix.n).toBeCloseTo(40, 12);
    expect(krippendorffAlphaNominal(nominalExample).value).toBeCloseTo(0.743, 3);
  });

  it('gives 0.5319 on a hand-computed three-category case', () => {
    // Coders A = a a b b c c, B = a b b b c a. n = 12, 4 agreeing units → Σ o_cc = 8,
    // n_a = 4, n_b = 5, n_c = 3, Σ n_c² = 50: α = 1 − 11 · 4 / (144 − 50) = 50 / 94.
    const rows = byUnit([
      ['a', 'a', 'b', 'b', 'c', 'c'],
      ['a', 'b', 'b', 'b', 'c', 'a'],
    ]);
    expect(krippendorffAlphaNominal(rows).value).toBeCloseTo(50 / 94, 12);
  });

  it('treats a row of weight w as w identical units', () => {
    const doubled = nominalExample.map((row) => ({ ...row, weight: 2 }));
    const repeated = [...nominalExample, ...nominalExample];
    expect(krippendorffAlphaNominal(doubled).value).toBeCloseTo(
      krippendorffAlphaNominal(repeated).value ?? Number.NaN,
      12,
    );
  });

  it('is 1 on perfect agreement, and null with a reason when there is no variation', () => {
    expect(
      krippendorffAlphaNominal(
        rowsOf([
          [1, 1],
          [0, 0],
          [1, 1],
        ]),
      ).value,
    ).toBe(1);
    const flat = krippendorffAlphaNominal(
      rowsOf([
        [0, 0],
        [0, 0],
      ]),
    );
    expect(flat.value).toBeNull();
    expect(flat.reason).toMatch(/no variation/u);
    expect(krippendorffAlphaNominal(rowsOf([[1, null]])).reason).toMatch(/two coders/u);
  });

  it('handles a single unit: 0 on a disagreement, undefined on an agreement', () => {
    // n = 2, n_0 = n_1 = 1, o_01 = 1: α = 1 − 1 · 1 / 1 = 0.
    expect(krippendorffAlphaNominal(rowsOf([[1, 0]])).value).toBe(0);
    expect(krippendorffAlphaNominal(rowsOf([[1, 1]])).value).toBeNull();
  });
});

describe("Cohen's kappa", () => {
  it('reproduces the worked 2×2 example of the Wikipedia article "Cohen\'s kappa": κ = 0.4', () => {
    // 50 grant proposals read by A and B: yes/yes 20, A yes B no 5, A no B yes 10, no/no 15.
    // p_o = 0.7, p_e = 0.5 · 0.6 + 0.5 · 0.4 = 0.5, κ = 0.2 / 0.5 = 0.4.
    const rows = fromContingency([
      ['yes', 'yes', 20],
      ['yes', 'no', 5],
      ['no', 'yes', 10],
      ['no', 'no', 15],
    ]);
    expect(cohensKappa(rows).value).toBeCloseTo(0.4, 12);
    expect(percentAgreement(rows).value).toBeCloseTo(0.7, 12);
  });

  it('gives 1/11 on the binary data of Krippendorff (2011), computed by hand', () => {
    // p_o = 6/10; A codes 1 on 2 units, B on 4: p_e = 0.2 · 0.4 + 0.8 · 0.6 = 0.56.
    // κ = (0.6 − 0.56) / 0.44 = 1/11, a little below α = 0.095 there.
    expect(cohensKappa(binaryExample).value).toBeCloseTo(1 / 11, 12);
  });

  it('gives 0.5 on a hand-computed three-category case', () => {
    // p_o = 4/6; A's shares a, b, c = 2/6 each, B's = 2/6, 3/6, 1/6: p_e = 12/36.
    const rows = byUnit([
      ['a', 'a', 'b', 'b', 'c', 'c'],
      ['a', 'b', 'b', 'b', 'c', 'a'],
    ]);
    expect(cohensKappa(rows).value).toBeCloseTo(0.5, 12);
  });

  it('leaves out units one coder did not code, and refuses other than two coders', () => {
    const rows = rowsOf([
      [1, 1],
      [0, 0],
      [1, null],
    ]);
    expect(cohensKappa(rows).value).toBe(1);
    expect(cohensKappa(rowsOf([[1, 1, 0]])).reason).toMatch(/exactly two coders/u);
  });

  it('is null with a reason when both coders give one value everywhere; 0 on a single disagreement', () => {
    const flat = cohensKappa(
      rowsOf([
        [1, 1],
        [1, 1],
      ]),
    );
    expect(flat.value).toBeNull();
    expect(flat.reason).toMatch(/no variation/u);
    expect(cohensKappa(rowsOf([])).reason).toMatch(/no unit/u);
    // One unit coded 1 by A and 0 by B: p_o = 0, p_e = 1 · 0 + 0 · 1 = 0, κ = 0.
    expect(cohensKappa(rowsOf([[1, 0]])).value).toBe(0);
  });
});

describe('percent agreement', () => {
  it('is the share of agreeing units for two coders', () => {
    expect(percentAgreement(binaryExample).value).toBeCloseTo(0.6, 12);
  });

  it('is the share of agreeing coder pairs per unit for more coders', () => {
    // Unit 1: 3 coders, pairs (1,1) agree, (1,0) × 2 disagree → 1/3 agreeing;
    // unit 2: all agree. Each unit weighs its 3 values: (1 + 3) / 6.
    expect(
      percentAgreement(
        rowsOf([
          [1, 1, 0],
          [0, 0, 0],
        ]),
      ).value,
    ).toBeCloseTo(4 / 6, 12);
    expect(percentAgreement(rowsOf([[1, null]])).value).toBeNull();
  });
});

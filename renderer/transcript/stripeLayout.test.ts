import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutStripes, marginGeometry } from './stripeLayout.ts';

describe('layoutStripes', () => {
  it('puts overlapping codings side by side and reuses a free column', () => {
    const { stripes, columns } = layoutStripes([
      { id: 1, codeId: 10, top: 0, bottom: 50 },
      { id: 2, codeId: 11, top: 20, bottom: 80 },
      { id: 3, codeId: 12, top: 60, bottom: 90 },
    ]);
    const columnOf = new Map(stripes.map((stripe) => [stripe.id, stripe.column]));
    expect(columns).toBe(2);
    expect(columnOf.get(1)).toBe(0);
    expect(columnOf.get(2)).toBe(1);
    expect(columnOf.get(3)).toBe(0);
  });

  it('keeps a code in its column when it is free', () => {
    const { stripes } = layoutStripes([
      { id: 1, codeId: 10, top: 0, bottom: 10 },
      { id: 2, codeId: 11, top: 0, bottom: 10 },
      { id: 3, codeId: 11, top: 30, bottom: 40 },
    ]);
    expect(stripes.find((stripe) => stripe.id === 3)?.column).toBe(1);
  });

  it('never lets two bars of one column touch, on any input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            codeId: fc.integer({ min: 1, max: 5 }),
            top: fc.integer({ min: 0, max: 500 }),
            height: fc.integer({ min: 1, max: 120 }),
          }),
          {
            maxLength: 60,
          },
        ),
        (items) => {
          const { stripes } = layoutStripes(
            items.map((item, id) => ({
              id,
              codeId: item.codeId,
              top: item.top,
              bottom: item.top + item.height,
            })),
          );
          for (const a of stripes) {
            for (const b of stripes) {
              if (a.id === b.id || a.column !== b.column) continue;
              expect(a.bottom + 3 <= b.top || b.bottom + 3 <= a.top).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe('marginGeometry', () => {
  it('draws compact bars, or bars with their names on request', () => {
    expect(marginGeometry(2, 800)).toEqual({ columnWidth: 8, maxColumns: 2, labels: false });
    expect(marginGeometry(2, 800, true)).toEqual({ columnWidth: 20, maxColumns: 2, labels: true });
  });

  it('keeps the gutter bounded however many codings overlap', () => {
    for (const names of [false, true]) {
      for (const area of [400, 700, 1200, 2400]) {
        const geometry = marginGeometry(100, area, names);
        expect(geometry.columnWidth * geometry.maxColumns).toBeLessThanOrEqual(Math.min(200, area * 0.2));
      }
    }
  });

  it('fits six overlapping codes, named, beside a 700 px reading area', () => {
    expect(marginGeometry(6, 700, true).maxColumns).toBe(6);
  });

  it('never returns zero columns', () => {
    expect(marginGeometry(0, 0).maxColumns).toBe(1);
    expect(marginGeometry(3, 0, true).maxColumns).toBe(1);
  });
});

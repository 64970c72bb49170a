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
  it('gives wide, labelled columns when few codings overlap', () => {
    expect(marginGeometry(2, 800)).toEqual({ columnWidth: 76, maxColumns: 3, labels: true });
  });

  it('narrows the columns and drops the names when many overlap', () => {
    const geometry = marginGeometry(12, 800);
    expect(geometry.columnWidth).toBe(20);
    expect(geometry.labels).toBe(false);
    expect(geometry.columnWidth * Math.min(12, geometry.maxColumns)).toBeLessThanOrEqual(240);
  });

  it('shares the last column past the narrowest width, and never returns zero columns', () => {
    const geometry = marginGeometry(100, 600);
    expect(geometry.columnWidth).toBe(14);
    expect(geometry.maxColumns).toBe(12);
    expect(marginGeometry(0, 0).maxColumns).toBeGreaterThanOrEqual(1);
  });
});

import { describe, expect, it } from 'vitest';
import { variableExport, xsdDate, xsdDateTime, xsdDecimal } from './xsdValues.ts';

describe('xsdDateTime', () => {
  it.each([
    ['2020-01-01T10:00:00Z', '2020-01-01T10:00:00Z'],
    ['2024-05-06T07:08:09.123Z', '2024-05-06T07:08:09.123Z'],
    ['2020-01-01 10:00', '2020-01-01T10:00:00'],
    ['2020-1-5 9:03:04', '2020-01-05T09:03:04'],
    ['2020-01-01 10:00:00 UTC', '2020-01-01T10:00:00Z'],
    ['2020-01-01T10:00:00+0100', '2020-01-01T10:00:00+01:00'],
    ['2020-01-01T10:00:00-05', '2020-01-01T10:00:00-05:00'],
    ['2020-02-29', '2020-02-29T00:00:00'],
  ])('reads %s as %s', (input, expected) => {
    expect(xsdDateTime(input)).toBe(expected);
  });

  it.each([
    '12/03/2020',
    '2020-13-01',
    '2021-02-29',
    '2020-01-01T24:00:00',
    '2020-01-01T10:60',
    '2020-01-01T10:00:00+15:00',
    '0000-01-01',
    'yesterday',
    '',
  ])('leaves %s out rather than guess', (input) => {
    expect(xsdDateTime(input)).toBeUndefined();
  });

  it('gives undefined for a missing date', () => {
    expect(xsdDateTime(null)).toBeUndefined();
    expect(xsdDateTime(undefined)).toBeUndefined();
  });
});

describe('xsdDate and xsdDecimal', () => {
  it('accepts a day, not a time of day', () => {
    expect(xsdDate('2020-3-12')).toBe('2020-03-12');
    expect(xsdDate('2020-03-12Z')).toBe('2020-03-12Z');
    expect(xsdDate('2020-03-12 10:00')).toBeUndefined();
    expect(xsdDate('12/03/2020')).toBeUndefined();
  });

  it('accepts plain decimals only', () => {
    expect(xsdDecimal(' 34 ')).toBe('34');
    expect(xsdDecimal('-1.5')).toBe('-1.5');
    expect(xsdDecimal('.5')).toBe('.5');
    for (const bad of ['n/a', '1,5', '1e3', 'NaN', 'INF', '', '-']) expect(xsdDecimal(bad)).toBeUndefined();
  });
});

describe('variableExport', () => {
  it('keeps the type when every value fits, and normalises the values', () => {
    const number = variableExport('number', ['34', ' 12 ']);
    expect([number.typeOfVariable, number.element, number.write(' 12 ')]).toEqual([
      'Float',
      'FloatValue',
      '12',
    ]);
    const date = variableExport('date', ['2020-3-1']);
    expect([date.typeOfVariable, date.write('2020-3-1')]).toEqual(['Date', '2020-03-01']);
  });

  it('writes the whole variable as Text when one value does not fit, keeping every value', () => {
    const number = variableExport('number', ['34', 'n/a']);
    expect([number.typeOfVariable, number.element, number.write(' 34 ')]).toEqual([
      'Text',
      'TextValue',
      ' 34 ',
    ]);
    expect(variableExport('date', ['2020-03-12', '12/03/2020']).typeOfVariable).toBe('Text');
    expect(variableExport('choice', ['a']).typeOfVariable).toBe('Text');
    expect(variableExport('text', ['x']).typeOfVariable).toBe('Text');
  });
});

import { describe, expect, it } from 'vitest';
import { isBoolean, oneOf, rememberedOptions, type OptionRules } from './rememberedOptions.ts';

interface Options {
  readonly format: 'docx' | 'md';
  readonly includeMemos: boolean;
}

const defaults: Options = { format: 'docx', includeMemos: false };
const rules: OptionRules<Options> = { format: oneOf(['docx', 'md'] as const), includeMemos: isBoolean };

describe('rememberedOptions', () => {
  it('opens with what was stored last time', () => {
    expect(rememberedOptions(defaults, rules, '{"format":"md","includeMemos":true}')).toEqual({
      format: 'md',
      includeMemos: true,
    });
  });

  it('keeps the defaults when nothing was stored', () => {
    expect(rememberedOptions(defaults, rules, null)).toEqual(defaults);
  });

  it.each([
    ['not JSON', '{ nope'],
    ['not an object', '"md"'],
    ['null', 'null'],
  ])('falls back to the defaults for a stored text that is %s', (_label, stored) => {
    expect(rememberedOptions(defaults, rules, stored)).toEqual(defaults);
  });

  it('replaces only the options still valid, one by one', () => {
    // A format this version does not know (an older or newer Verbatim wrote it), a valid tick.
    expect(rememberedOptions(defaults, rules, '{"format":"pdf","includeMemos":true,"extra":1}')).toEqual({
      format: 'docx',
      includeMemos: true,
    });
  });
});

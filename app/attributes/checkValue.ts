import type { Attribute } from '../contract/types.ts';
import { AppError } from '../errors.ts';

/** A value must fit its attribute's type; dates are ISO (YYYY-MM-DD) so that they sort. */
export function checkValue(attribute: Attribute, value: string): void {
  if (value === '') return;
  const ok =
    attribute.type === 'text' ||
    (attribute.type === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) ||
    (attribute.type === 'date' && /^\d{4}-\d{2}-\d{2}$/u.test(value) && !Number.isNaN(Date.parse(value))) ||
    (attribute.type === 'choice' && attribute.choices.includes(value));
  if (!ok) {
    const expected =
      attribute.type === 'choice'
        ? `one of: ${attribute.choices.join(', ')}`
        : attribute.type === 'date'
          ? 'a date written YYYY-MM-DD'
          : 'a number';
    const params = { value, name: attribute.name };
    throw new AppError(
      'INVALID_INPUT',
      `"${value}" is not a valid value for ${attribute.name}: expected ${expected}.`,
      attribute.type === 'choice'
        ? { key: 'attributeValueChoice', params: { ...params, choices: attribute.choices.join(', ') } }
        : { key: attribute.type === 'date' ? 'attributeValueDate' : 'attributeValueNumber', params },
    );
  }
}

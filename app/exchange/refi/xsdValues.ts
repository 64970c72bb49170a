/**
 * Values as the REFI-QDA schema types them, for export. Imported projects store what the
 * other tool wrote (or what a user typed), so a value is checked here, where it is written:
 * an export must always be valid against the XSD (docs/REFI-QDA.md, "What we write").
 */

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Unambiguous ISO-like forms only: `12/03/2020` could be March or December, so it is refused. */
const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/iu;

interface Parsed {
  readonly date: string;
  readonly time: string | null;
  readonly zone: string;
}

function parse(value: string): Parsed | null {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // XSD 1.0 has no year 0000; seconds stop at 59 (no leap second), hours at 23.
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const zone = timeZone(match[8]);
  if (zone === null) return null;
  const fraction = match[7] ? `.${match[7]}` : '';
  return {
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: match[4] === undefined ? null : `${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}`,
    zone,
  };
}

/** `Z`, `±hh:mm` (at most ±14:00), '' when absent; null when out of range. */
function timeZone(raw: string | undefined): string | null {
  if (raw === undefined) return '';
  if (/^(z|utc|gmt)$/iu.test(raw)) return 'Z';
  const digits = raw.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return null;
  return `${raw[0]}${pad(hours)}:${pad(minutes)}`;
}

/**
 * A valid xs:dateTime for `value`, or undefined when it cannot be read without guessing
 * (the caller then leaves the optional attribute out). A date alone becomes midnight, with
 * no time zone, which xs:dateTime allows ("local time, zone unknown").
 */
export function xsdDateTime(value: string | null | undefined): string | undefined {
  const parsed = value ? parse(value) : null;
  return parsed ? `${parsed.date}T${parsed.time ?? '00:00:00'}${parsed.zone}` : undefined;
}

/** A valid xs:date for `value` (a day, no time of day), or undefined. */
export function xsdDate(value: string): string | undefined {
  const parsed = parse(value);
  return parsed && parsed.time === null ? `${parsed.date}${parsed.zone}` : undefined;
}

/** xs:decimal: no exponent, no NaN or INF, a point (a comma could be a thousands separator). */
export function xsdDecimal(value: string): string | undefined {
  const trimmed = value.trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/u.test(trimmed) ? trimmed : undefined;
}

/** How a Verbatim attribute is written as a REFI `Variable`, and each of its values. */
export interface VariableExport {
  readonly typeOfVariable: 'Text' | 'Float' | 'Date';
  readonly element: 'TextValue' | 'FloatValue' | 'DateValue';
  /** The value as written (normalised for its type); values are never dropped. */
  readonly write: (value: string) => string;
}

const AS_TEXT: VariableExport = { typeOfVariable: 'Text', element: 'TextValue', write: (value) => value };
const TYPED: Record<string, { variable: VariableExport; fits: (value: string) => string | undefined }> = {
  number: {
    variable: {
      typeOfVariable: 'Float',
      element: 'FloatValue',
      write: (value) => xsdDecimal(value) ?? value,
    },
    fits: xsdDecimal,
  },
  date: {
    variable: { typeOfVariable: 'Date', element: 'DateValue', write: (value) => xsdDate(value) ?? value },
    fits: xsdDate,
  },
};

/**
 * The variable keeps its type when every value fits it; otherwise (an imported Integer
 * holding "n/a", a date typed "12/03/2020") the whole variable is written as Text, so that
 * every value is kept as it is and the file stays valid. Choice lists are Text in REFI.
 */
export function variableExport(type: string, values: readonly string[]): VariableExport {
  const typed = TYPED[type];
  if (!typed) return AS_TEXT;
  return values.every((value) => typed.fits(value) !== undefined) ? typed.variable : AS_TEXT;
}

/** The c-coefficient with three decimals in the UI language; "—" when it is undefined. */
export function formatCoefficient(c: number | null, language: string): string {
  if (c === null || !Number.isFinite(c)) return '—';
  return new Intl.NumberFormat(language, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(c);
}

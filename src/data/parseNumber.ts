/** Parses "6580123,4", "6 580 123.4" or "18.03" (Swedish exports use decimal comma). */
export function parseLocaleNumber(text: string): number {
  const t = text.trim().replace(/[\s\u00a0]/g, '');
  if (t === '') return NaN;
  const normalized = t.includes(',') && !t.includes('.') ? t.replace(',', '.') : t;
  if (!/^[-+]?\d+(\.\d+)?$/.test(normalized)) return NaN;
  return Number(normalized);
}

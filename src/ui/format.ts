const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('sv-SE', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const twoDecimals = new Intl.NumberFormat('sv-SE', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export const formatCount = (n: number) => integer.format(n);
export const formatHectares = (n: number) => oneDecimal.format(n);
export const formatRate = (n: number) => twoDecimals.format(n);

export function formatChange(n: number): string {
  return n > 0 ? `+${integer.format(n)}` : integer.format(n);
}

export function formatPercent(p: number | null): string {
  if (p === null) return '–';
  const s = `${oneDecimal.format(Math.abs(p))} %`;
  return p > 0 ? `+${s}` : p < 0 ? `−${s}` : s;
}

/** Case- and diacritic-tolerant key: "Sankt Göransgatan" and "SANKT GORANSGATAN" match. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

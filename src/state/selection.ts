/** What the user has selected: one value, so map, tables and the address never disagree. */
export type Selection =
  | { kind: 'none' }
  | { kind: 'stadsdel'; id: string }
  | { kind: 'ods'; id: string }
  | { kind: 'site'; id: string }
  | { kind: 'walk'; id: string }
  | { kind: 'observation'; id: string }
  | { kind: 'action'; id: string };

export type SelectionKind = Selection['kind'];

export const NO_SELECTION: Selection = { kind: 'none' };

/** The id of the selected thing when it is of `kind`, else null. */
export function selectedIdOf(
  selection: Selection,
  kind: Exclude<SelectionKind, 'none'>,
): string | null {
  return selection.kind === kind ? selection.id : null;
}

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a.kind === 'none' || b.kind === 'none') return a.kind === b.kind;
  return a.kind === b.kind && a.id === b.id;
}

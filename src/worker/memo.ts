/** One remembered answer: the last key and its value. */
interface Slot {
  key: string;
  value: unknown;
}

/**
 * What queries derive from the loaded data, kept until the data changes. A
 * pan asks again for everything the view shows; only the points in view are
 * new, so the tables, patterns and density come back as the same objects.
 */
export interface Memo {
  slots: Map<string, Slot>;
  /** Selections by filter and period: each is a pass over every offence, shared by the view's parts. */
  selections: Map<string, Uint8Array>;
}

export function emptyMemo(): Memo {
  return { slots: new Map(), selections: new Map() };
}

/** The value for `key` in slot `name`, computed only when the key changed since last time. */
export function remember<T>(memo: Memo, name: string, key: unknown, compute: () => T): T {
  const k = JSON.stringify(key);
  const slot = memo.slots.get(name);
  if (slot && slot.key === k) return slot.value as T;
  const value = compute();
  memo.slots.set(name, { key: k, value });
  return value;
}

const MAX_SELECTIONS = 8;

export function rememberSelection(memo: Memo, key: unknown, compute: () => Uint8Array): Uint8Array {
  const k = JSON.stringify(key);
  let mask = memo.selections.get(k);
  if (!mask) {
    if (memo.selections.size >= MAX_SELECTIONS)
      memo.selections.delete(memo.selections.keys().next().value as string);
    mask = compute();
    memo.selections.set(k, mask);
  }
  return mask;
}

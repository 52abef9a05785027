import DataLoader from 'dataloader';

/** A loader of rows by id: one query for every id asked in the same tick; null for a missing one. */
export function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A loader of one value per key from a query answering a map; `fallback` where the map has none. */
export function fromMap<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: V) {
  return new DataLoader<string, V>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}

/** A value read at most once per request, or given by a statement that read it already. */
export interface Once<T> {
  (): Promise<T>;
  prime(value: T): void;
}

export function once<T>(load: () => Promise<T>): Once<T> {
  let value: Promise<T> | null = null;
  return Object.assign(() => (value ??= load()), {
    prime: (known: T) => {
      value ??= Promise.resolve(known);
    },
  });
}

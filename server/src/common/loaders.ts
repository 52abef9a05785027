import DataLoader from 'dataloader';

/** A value now, or a promise of it. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * A DataLoader (one query for every key asked in the same tick) that also answers at once, without
 * a promise, for what a statement already read and primed: a page of the inbox resolves its rows'
 * customers, counts and viewers synchronously instead of through thousands of promises.
 */
export class RowLoader<V> extends DataLoader<string, V> {
  private readonly known = new Map<string, V>();
  private readonly asked = new Set<string>();

  override load(key: string): Promise<V> {
    this.asked.add(key);
    return super.load(key);
  }

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    // As DataLoader's own prime: what it holds for a key (loaded or primed first) stays.
    if (!(value instanceof Error) && !isPromiseLike(value) && !this.asked.has(key) && !this.known.has(key)) this.known.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: string): this {
    this.known.delete(key);
    this.asked.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    this.asked.clear();
    return super.clearAll();
  }

  /** The primed value itself, or the batched load's promise. */
  get(key: string): MaybePromise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }
}

/** `f` of the value, at once when it is there, or once the promise gives it. */
export function andThen<T, R>(value: MaybePromise<T>, f: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

function isPromiseLike<V>(value: V | PromiseLike<V>): value is PromiseLike<V> {
  return typeof (value as PromiseLike<V> | null)?.then === 'function';
}

/** A loader of rows by id: one query for every id asked in the same tick; null for a missing one. */
export function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) {
  return new RowLoader<T | null>(async (ids) => {
    const found = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A loader of one value per key from a query answering a map; `fallback` where the map has none. */
export function fromMap<V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: V) {
  return new RowLoader<V>(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}

/** A value read at most once per request, or given by a statement that read it already. */
export interface Once<T> {
  (): Promise<T>;
  prime(value: T): void;
  /** The value itself once primed, or the promise of reading it. */
  get(): MaybePromise<T>;
}

export function once<T>(load: () => Promise<T>): Once<T> {
  let value: Promise<T> | null = null;
  let known: { value: T } | null = null;
  return Object.assign(() => (value ??= load()), {
    prime: (given: T) => {
      if (value) return;
      value = Promise.resolve(given);
      known = { value: given };
    },
    get: () => (known ? known.value : (value ??= load())),
  });
}

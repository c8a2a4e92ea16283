import DataLoader from "dataloader";

/**
 * Per-request DataLoader registry. Modules declare loaders with `defineLoader`
 * and get the request's instance with `loader(ctx)`; one instance per request
 * keeps caching scoped to the viewer (no cross-user leaks).
 */
export class LoaderRegistry {
  private readonly loaders = new Map<symbol, DataLoader<unknown, unknown>>();

  get<K, V, C>(key: symbol, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let found = this.loaders.get(key);
    if (!found) {
      found = create() as unknown as DataLoader<unknown, unknown>;
      this.loaders.set(key, found);
    }
    return found as unknown as DataLoader<K, V, C>;
  }
}

export interface HasLoaders {
  loaders: LoaderRegistry;
}

/**
 * Declares a loader. `batch` receives the request context and the keys and
 * must return one value per key, in key order (use `byKey` / `groupByKey`).
 */
export function defineLoader<Ctx extends HasLoaders, K, V>(
  name: string,
  batch: (ctx: Ctx, keys: readonly K[]) => Promise<V[]>,
  options: { cacheKey?: (key: K) => unknown } = {},
) {
  const key = Symbol(name);
  return (ctx: Ctx): DataLoader<K, V, unknown> =>
    ctx.loaders.get(
      key,
      () =>
        new DataLoader<K, V, unknown>((keys) => batch(ctx, keys), {
          cacheKeyFn: options.cacheKey,
          maxBatchSize: 1000,
        }),
    );
}

/** Orders rows by the keys asked for; missing rows become null. */
export function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups rows under the keys asked for; keys without rows get []. */
export function groupByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row));
    if (list) list.push(row);
    else map.set(keyOf(row), [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

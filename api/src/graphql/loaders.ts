import DataLoader from "dataloader";

/**
 * Per-request DataLoader registry. Modules declare loaders with `defineLoader`
 * and get the request's instance with `loader(ctx)`; one instance per request
 * keeps caching scoped to the viewer (no cross-user leaks).
 */
export class LoaderRegistry {
  private readonly loaders = new Map<symbol, DataLoader<unknown, unknown>>();

  /**
   * `shared` holds the loaders declared `sharedPerEvent` for everyone resolving one
   * subscription event (see realtime/event-scope.ts); without it every loader is this registry's.
   */
  constructor(private readonly shared?: LoaderRegistry) {}

  get<K, V, C>(key: symbol, create: () => DataLoader<K, V, C>, sharedPerEvent = false): DataLoader<K, V, C> {
    if (sharedPerEvent && this.shared) return this.shared.get(key, create);
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
 *
 * `sharedPerEvent`: the loader reads rows the same for every viewer (its batch never calls
 * `ctx.viewer()`; callers apply the policy), so all subscribers resolving one event on a replica
 * may share it: one statement per event instead of one per subscriber.
 */
export function defineLoader<Ctx extends HasLoaders, K, V>(
  name: string,
  batch: (ctx: Ctx, keys: readonly K[]) => Promise<V[]>,
  options: { cacheKey?: (key: K) => unknown; sharedPerEvent?: boolean } = {},
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
      options.sharedPerEvent ?? false,
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

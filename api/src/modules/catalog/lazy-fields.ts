/**
 * Adds fields computed only when read, each at most once. GraphQL resolves them only when
 * selected: type-graphql's default resolver reads `root[field]` (it does not call functions),
 * so they are getters returning the promise, not functions.
 */
export function withLazyFields<T extends object, L extends Record<string, () => Promise<unknown>>>(
  base: T,
  lazy: L,
): Omit<T, keyof L> & { readonly [K in keyof L]: ReturnType<L[K]> } {
  const target = { ...base } as Record<string, unknown>;
  for (const [name, compute] of Object.entries(lazy)) {
    let value: Promise<unknown> | undefined;
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => {
        value ??= compute();
        return value;
      },
    });
  }
  return target as Omit<T, keyof L> & { readonly [K in keyof L]: ReturnType<L[K]> };
}

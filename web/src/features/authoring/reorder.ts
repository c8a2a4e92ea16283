/** The ids in their new order after moving the one at `index` by `delta` places (clamped to the list). */
export function moveId(ids: ReadonlyArray<string>, index: number, delta: number): string[] {
  const target = Math.min(Math.max(index + delta, 0), ids.length - 1);
  const order = [...ids];
  const [moved] = order.splice(index, 1);
  if (moved === undefined) return order;
  order.splice(target, 0, moved);
  return order;
}

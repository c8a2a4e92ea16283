// Rules of weekly availability windows (seed 003 availability_windows).
import { type Interval, overlaps, type WindowSpec, windowOccurrences } from "./slots.js";

const WEEK_MS = 7 * 86_400_000;

/**
 * Whether two windows of one expert overlap. Windows may be in different
 * zones, so they are compared as real intervals over the next two weeks
 * (long enough for every weekday to occur twice, whatever the offsets).
 */
export function windowsOverlap(a: WindowSpec, b: WindowSpec, from: Date): boolean {
  const to = new Date(from.getTime() + 2 * WEEK_MS);
  const first = windowOccurrences(a, from, to);
  const second = windowOccurrences(b, from, to);
  return first.some((x: Interval) => second.some((y) => overlaps(x, y)));
}

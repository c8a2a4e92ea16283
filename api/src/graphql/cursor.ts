/**
 * Keyset cursors: the sort values of a row plus its id, JSON-encoded and
 * base64url'd. Dates are tagged so they decode back to Date for Prisma.
 */
export type CursorValue = string | number | boolean | Date | null;

type Encoded = string | number | boolean | null | { d: string };

export function encodeCursor(values: CursorValue[]): string {
  const encoded: Encoded[] = values.map((v) => (v instanceof Date ? { d: v.toISOString() } : v));
  return Buffer.from(JSON.stringify(encoded), "utf8").toString("base64url");
}

/** Returns null when the cursor is malformed or has the wrong number of values. */
export function decodeCursor(cursor: string, expectedLength: number): CursorValue[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== expectedLength) return null;
    const values: CursorValue[] = [];
    for (const item of parsed as unknown[]) {
      if (item === null || ["string", "number", "boolean"].includes(typeof item)) {
        values.push(item as CursorValue);
      } else if (typeof item === "object" && typeof (item as { d?: unknown }).d === "string") {
        const date = new Date((item as { d: string }).d);
        if (Number.isNaN(date.getTime())) return null;
        values.push(date);
      } else {
        return null;
      }
    }
    return values;
  } catch {
    return null;
  }
}

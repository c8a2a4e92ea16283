// Bulk inserts for the scale seed: one INSERT ... SELECT FROM unnest(...) per batch, with one
// array parameter per column. Prisma's createMany was measured at about 1 ms per booking row
// (per-value work in the query compiler, and wide batches split into statements that it runs
// concurrently on one pooled connection), i.e. minutes for 200,000 bookings; this is ~20x faster.
// Rows keep their Prisma CreateManyInput types; only the column list is spelled out here.
import type { PrismaClient } from "../../api/src/generated/prisma/client.js";

/** PostgreSQL type of each inserted field ("uuid", "text", "booking_status", "text[]"...). */
export type ColumnTypes<Row> = { readonly [K in keyof Row]?: string };

/** Prisma field names map to snake_case columns in this schema (@map everywhere). */
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Array elements need quotes only with separators, quotes, spaces, or when spelling NULL. */
const quote = (text: string) =>
  /^[^\s",{}\\]+$/.test(text) && text.toUpperCase() !== "NULL"
    ? text
    : `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/**
 * One column as a PostgreSQL array literal ('{"a",NULL,"b"}'), sent as a single text parameter:
 * converting each element through Prisma's and pg's parameter handling cost more than the INSERT.
 * A row value that is itself an array becomes a nested literal string, cast per row, because
 * unnest() would flatten a two-dimensional array.
 */
function columnLiteral(values: readonly unknown[]): string {
  const items = values.map((value) => {
    if (value === undefined || value === null) return "NULL";
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return quote(`{${value.map((v) => quote(String(v))).join(",")}}`);
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (typeof value === "string") return quote(value);
    throw new Error(`bulkInsert: unsupported value ${JSON.stringify(value)}`);
  });
  return `{${items.join(",")}}`;
}

export async function bulkInsert<Row extends object>(
  prisma: PrismaClient,
  table: string,
  types: ColumnTypes<Row>,
  rows: readonly Row[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const fields = Object.keys(types) as Array<keyof Row & string>;
  // A field set on a row but missing from `types` would be dropped silently: refuse instead.
  const known = new Set<string>(fields);
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) throw new Error(`bulkInsert(${table}): no column type for ${key}`);
    }
  }
  const params = fields.map((f) => columnLiteral(rows.map((r) => r[f])));
  const names = fields.map((f) => `"${snake(f)}"`).join(", ");
  const aliases = fields.map((_, i) => `c${i}`);
  const unnest = fields
    .map((f, i) => {
      const type = types[f] ?? "text";
      return type.endsWith("[]") ? `$${i + 1}::text[]` : `$${i + 1}::${type}[]`;
    })
    .join(", ");
  const select = fields
    .map((f, i) => {
      const type = types[f] ?? "text";
      return type.endsWith("[]") ? `c${i}::${type}` : `c${i}`;
    })
    .join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${unnest}) AS u(${aliases.join(", ")}) ON CONFLICT DO NOTHING`;
  return prisma.$executeRawUnsafe(sql, ...params);
}

export async function countExisting(
  prisma: PrismaClient,
  table: string,
  ids: readonly string[],
): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM "${table}" WHERE id = ANY($1::uuid[])`,
    columnLiteral(ids),
  );
  return row?.n ?? 0;
}

/** A BatchSink (scale-batches.ts) writing to one table. */
export function tableSink<Row extends { id: string }>(
  prisma: PrismaClient,
  table: string,
  types: ColumnTypes<Row>,
) {
  return {
    existing: (ids: string[]) => countExisting(prisma, table, ids),
    insert: (rows: Row[]) => bulkInsert(prisma, table, types, rows),
  };
}

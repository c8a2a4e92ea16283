import { Prisma } from "../../generated/prisma/client.js";

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The columns of a Prisma `select` named so that `$queryRaw` returns the rows Prisma's model
 * queries would (fields are camelCase, their columns the snake_case `@map`). Used where one
 * raw statement replaces two round trips. `lists` are scalar lists: Prisma reads NULL as [].
 * `prefix` prefixes the aliases, to tell two tables' columns apart in one joined row.
 */
export function rowColumns(
  alias: string,
  select: Record<string, true>,
  options: { lists?: readonly string[]; prefix?: string } = {},
): Prisma.Sql {
  const lists = new Set(options.lists ?? []);
  const prefix = options.prefix ?? "";
  return Prisma.raw(
    Object.keys(select)
      .map((field) => {
        const column = `${alias}.${snake(field)}`;
        const value = lists.has(field) ? `coalesce(${column}, '{}')` : column;
        return `${value} AS "${prefix}${field}"`;
      })
      .join(", "),
  );
}

/**
 * Reads rows selected with `rowColumns(…, { prefix })` back into `select`'s shape, without the
 * prefix. A plain loop over a field list made once: it runs for every row of every page.
 */
export function rowReader<T>(select: Record<string, true>, prefix = ""): (row: Record<string, unknown>) => T {
  const fields = Object.keys(select);
  const columns = fields.map((field) => `${prefix}${field}`);
  return (row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) out[fields[i] as string] = row[columns[i] as string];
    return out as T;
  };
}

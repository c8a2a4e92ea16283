import type { Cache, Variables } from "@urql/exchange-graphcache";

// Connections are embedded in the field that returned them (lib/cache.ts): each cached page is
// `Query.<field>(<args>)` with a `nodes` link, which these helpers edit in place.

type Args = Variables | null | undefined;
type Page = { args: Args; fieldKey: string; connection: string };

function pages(cache: Cache, fieldName: string): Page[] {
  const found: Page[] = [];
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName !== fieldName) continue;
    const connection = cache.resolve("Query", field.fieldKey);
    if (typeof connection === "string")
      found.push({ args: field.arguments, fieldKey: field.fieldKey, connection });
  }
  return found;
}

function nodesOf(cache: Cache, connection: string): string[] | null {
  const nodes = cache.resolve(connection, "nodes");
  return Array.isArray(nodes) ? (nodes as unknown[]).filter((n): n is string => typeof n === "string") : null;
}

/** Puts an entity first in the first page of every cached list it belongs in (per `belongs`). */
export function prependToLists(
  cache: Cache,
  fieldName: string,
  entityKey: string,
  belongs: (args: Args) => boolean,
) {
  for (const { args, connection } of pages(cache, fieldName)) {
    if (args?.after || args?.before || !belongs(args)) continue;
    const nodes = nodesOf(cache, connection);
    if (nodes && !nodes.includes(entityKey)) cache.link(connection, "nodes", [entityKey, ...nodes]);
  }
}

/** Puts an entity last in the first page of every cached list it belongs in, for lists that are not paged. */
export function appendToLists(
  cache: Cache,
  fieldName: string,
  entityKey: string,
  belongs: (args: Args) => boolean,
) {
  for (const { args, connection } of pages(cache, fieldName)) {
    if (args?.after || args?.before || !belongs(args)) continue;
    const nodes = nodesOf(cache, connection);
    if (nodes && !nodes.includes(entityKey)) cache.link(connection, "nodes", [...nodes, entityKey]);
  }
}

/** Takes an entity out of every cached page of the lists it no longer belongs in (all, by default). */
export function removeFromLists(
  cache: Cache,
  fieldName: string,
  entityKey: string,
  stillBelongs: (args: Args) => boolean = () => false,
) {
  for (const { args, connection } of pages(cache, fieldName)) {
    if (stillBelongs(args)) continue;
    const nodes = nodesOf(cache, connection);
    if (nodes?.includes(entityKey))
      cache.link(
        connection,
        "nodes",
        nodes.filter((key) => key !== entityKey),
      );
  }
}

/**
 * Lists the entity now belongs in but no cached page holds (where it goes
 * depends on the server's order): dropped, so they are fetched again when shown.
 */
export function invalidateListsMissing(
  cache: Cache,
  fieldName: string,
  entityKey: string,
  belongs: (args: Args) => boolean,
) {
  const all = pages(cache, fieldName);
  const sameList = (a: Args, b: Args) =>
    JSON.stringify(a?.filter ?? null) === JSON.stringify(b?.filter ?? null);
  for (const { args, fieldKey } of all) {
    if (!belongs(args)) continue;
    const held = all.some(
      (page) => sameList(page.args, args) && (nodesOf(cache, page.connection)?.includes(entityKey) ?? false),
    );
    if (!held) cache.invalidate("Query", fieldKey);
  }
}

// Embedded PostgreSQL (PGlite) with the extensions the migrations rely on.
// PGlite ships each contrib extension as a separate bundle that must be handed
// to the constructor; `CREATE EXTENSION` fails for any extension not listed here.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

export { PGlite };

/** Extensions a migration may `CREATE EXTENSION`; keep in sync with the SQL in prisma/migrations. */
export const pgliteExtensions = { btree_gist, citext, pg_trgm, unaccent };

/**
 * Opens (creating if needed) a PGlite database stored in `dataDir`,
 * or an in-memory one when `dataDir` is omitted.
 */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  if (dataDir !== undefined && !dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  return PGlite.create(dataDir ?? "memory://", { extensions: pgliteExtensions });
}

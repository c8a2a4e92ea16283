// Repository paths resolved from this file rather than the cwd, so the CLIs and
// tests behave the same whether run from the repo root, api/, or anywhere else.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root (this file is <root>/api/src/db/paths.ts). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export const defaultSchemaDir = join(repoRoot, "prisma", "schema");
export const defaultMigrationsDir = join(repoRoot, "prisma", "migrations");
/** Where the embedded database lives when no DATABASE_URL is configured. */
export const defaultPgliteDir = join(repoRoot, ".data", "pglite");

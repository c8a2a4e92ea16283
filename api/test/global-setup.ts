import { randomBytes } from "node:crypto";
import { applyMigrations } from "../src/db/migrations.js";
import { admin, databaseUrl, templateName } from "./pg.js";

/**
 * Migrates a template database once per migration set; test files clone it
 * (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of a migration run.
 */
export default async function setup() {
  // Workers (forked after this runs) inherit it; databases are named after it so
  // teardown drops only this run's, never those of a run going on beside it.
  process.env.CAMPUS_TEST_RUN ??= randomBytes(3).toString("hex");
  const run = process.env.CAMPUS_TEST_RUN;
  const template = templateName();
  const exists = await admin((c) => c.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]));
  if (exists.rowCount === 0) {
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${template}_building"`);
      await c.query(`CREATE DATABASE "${template}_building"`);
    });
    await applyMigrations({ kind: "postgres", url: databaseUrl(`${template}_building`) });
    await admin((c) => c.query(`ALTER DATABASE "${template}_building" RENAME TO "${template}"`));
  }
  return async () => {
    await admin(async (c) => {
      const stale = await c.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`campus_t_${run}_%`],
      );
      for (const { datname } of stale.rows)
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
  };
}

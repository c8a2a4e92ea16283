// The bench database: created, migrated and seeded once, then reused (`--fresh` rebuilds it).
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import pg from "pg";
import { BENCH_DB, DATABASE_URL, PG_ADMIN_URL } from "./common.js";

const ROOT = resolve(import.meta.dirname, "../..");

export interface DataSet {
  courses: number;
  lessonsPerCourse: number;
  experts: number;
  bookings: number;
}

export const FULL_DATA: DataSet = { courses: 10_000, lessonsPerCourse: 5, experts: 2_000, bookings: 200_000 };
export const QUICK_DATA: DataSet = { courses: 1_000, lessonsPerCourse: 5, experts: 200, bookings: 10_000 };

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, DATABASE_URL },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("exit", (code) =>
      code === 0 ? done() : fail(new Error(`${cmd} ${args.join(" ")} exited ${code}`)),
    );
  });
}

export async function withDb<T>(fn: (client: pg.Client) => Promise<T>, url = DATABASE_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function seeded(): Promise<{ courses: number; experts: number }> {
  return withDb(async (c) => {
    const r = await c.query<{ courses: number; experts: number }>(
      `SELECT (SELECT count(*)::int FROM courses) AS courses,
              (SELECT count(*)::int FROM users WHERE email LIKE 'expert.%@scale.campus.test') AS experts`,
    );
    return r.rows[0] ?? { courses: 0, experts: 0 };
  }).catch(() => ({ courses: 0, experts: 0 }));
}

/** A held data set serves when it is at least as large (quick mode reuses the full one). */
const enough = (have: { courses: number; experts: number }, want: DataSet) =>
  have.courses >= want.courses && (have.experts === want.experts || have.experts >= FULL_DATA.experts);

export async function prepareDatabase(want: DataSet, fresh: boolean): Promise<string> {
  const exists = await withDb(
    async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [BENCH_DB])).rowCount === 1,
    PG_ADMIN_URL,
  );
  if (exists && !fresh && enough(await seeded(), want)) {
    // A cached database still gets the migrations added since it was seeded (e.g. new indexes).
    await run("pnpm", ["db:migrate"], ROOT);
    return `cached${await analyze()}`;
  }
  await withDb(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${BENCH_DB}`);
  }, PG_ADMIN_URL);
  await run("pnpm", ["db:migrate"], ROOT);
  const started = Date.now();
  await run(
    "pnpm",
    [
      "db:seed",
      "--courses",
      String(want.courses),
      "--lessons-per-course",
      String(want.lessonsPerCourse),
      "--experts",
      String(want.experts),
      "--bookings",
      String(want.bookings),
    ],
    ROOT,
  );
  return `seeded in ${((Date.now() - started) / 1000).toFixed(0)} s${await analyze()}`;
}

/**
 * Autovacuum may be off (it is on the project's machines) and the seed does not ANALYZE: without
 * statistics the planner guesses 30 published courses out of 10,000. Both the API and the
 * baselines run against analyzed tables.
 */
async function analyze(): Promise<string> {
  return withDb(async (c) => {
    const r = await c.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_user_tables WHERE last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup > 1000",
    );
    if ((r.rows[0]?.n ?? 0) === 0) return "";
    await c.query("ANALYZE");
    return ", analyzed";
  });
}

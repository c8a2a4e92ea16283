// A PostgreSQL server of one test file's own, to stop and start at will: the
// shared one on 127.0.0.1:5432 serves test files running beside it.
import { execFile } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { applyMigrations } from "../../src/db/migrations.js";
import type { TestDatabase } from "../database.js";

const run = promisify(execFile);
const BIN = process.env.TEST_POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";

export interface PrivatePostgres {
  /** The migrated database, for startTestServer({ database }). */
  database: TestDatabase;
  port: number;
  /** `pg_ctl stop -m immediate`: every backend dies at once, as in a crash. */
  crash(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its files. */
  destroy(): Promise<void>;
}

/** A free TCP port on loopback (the kernel picks it; PostgreSQL binds it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * initdb + pg_ctl in a temporary folder, trust auth, TCP on loopback and a unix
 * socket in that folder. PostgreSQL refuses to run as root, so as root the
 * folder is handed to the `postgres` user and the commands run as it.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), "campus-pg-"));
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const uid = Number(stdout.trim());
    chownSync(dir, uid, uid);
  }
  const as = (bin: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(BIN, bin), ...args]) : run(join(BIN, bin), args);

  await as("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    "-c fsync=off",
    "-c max_connections=60",
  ].join(" ");
  const pgCtl = (...args: string[]) => as("pg_ctl", ["-D", data, "-l", join(dir, "log"), ...args]);
  const start = async () => {
    await pgCtl("-o", options, "-w", "-t", "20", "start");
  };
  await start();

  const url = `postgresql://postgres@127.0.0.1:${port}/campus`;
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query("CREATE DATABASE campus");
  await admin.end();
  await applyMigrations({ kind: "postgres", url });

  let destroyed = false;
  return {
    database: { name: "campus", url, drop: async () => {} },
    port,
    crash: async () => {
      await pgCtl("-m", "immediate", "-w", "stop");
    },
    start,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await pgCtl("-m", "immediate", "-w", "stop").catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

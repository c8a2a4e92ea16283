// The CLIs as `pnpm db:migrate` / `pnpm db:migration` run them (tsx, cwd anywhere).
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "../test-fixtures/scratch.js";

// `--import tsx` would resolve from the cwd (tmpdir); use api/'s copy by URL.
const tsxLoader = new URL("../../../node_modules/tsx/dist/loader.mjs", import.meta.url).href;

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const file = fileURLToPath(new URL(script, import.meta.url));
  // From an unrelated cwd: paths must come from the file's location.
  const result = spawnSync(process.execPath, ["--import", tsxLoader, file, ...args], {
    cwd: tmpdir(),
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("db:migrate", () => {
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
  });

  afterAll(async () => {
    await scratch?.drop();
  });

  it("applies the repository's migrations to DATABASE_URL, then reports it up to date", () => {
    const env = { DATABASE_URL: scratch.url };
    const first = run("./migrate.ts", [], env);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/applied \d+ migration|already up to date/);
    const second = run("./migrate.ts", [], env);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain("already up to date");
  }, 120_000);
});

describe("db:migration", () => {
  it("prints usage without a name", () => {
    const result = run("./migration.ts", []);
    expect(result.status).toBe(2);
    expect(result.output).toContain("usage: pnpm db:migration <name>");
  }, 60_000);
});

// A PrismaClient generated from the fixture schema (test-fixtures/schema), so the
// db tooling is tested against models with an exclusion constraint without
// depending on the Campus data model. Generated on demand, not committed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const fixtureSchemaDir = fileURLToPath(new URL("./schema", import.meta.url));
export const fixtureMigrationsDir = fileURLToPath(new URL("./migrations", import.meta.url));
const generatedClient = fileURLToPath(new URL("./generated/client.ts", import.meta.url));
const apiDir = fileURLToPath(new URL("../../../", import.meta.url));

type VenueRow = { id: string; name: string; capacity: number };
type ScheduleRow = { id: string; venueId: string; startsAt: Date; endsAt: Date; cancelled: boolean };

/** The part of the generated fixture client the tests use (it is generated, so not importable for types). */
export type FixtureClient = {
  venue: {
    create(args: { data: { name: string; capacity: number } }): Promise<VenueRow>;
    findMany(args?: { include?: { schedules?: boolean } }): Promise<VenueRow[]>;
  };
  schedule: {
    create(args: {
      data: { venueId: string; startsAt: Date; endsAt: Date; cancelled?: boolean };
    }): Promise<ScheduleRow>;
  };
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
  $queryRaw<T>(query: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $transaction<T>(
    fn: (tx: FixtureClient) => Promise<T>,
    options?: { isolationLevel?: "ReadCommitted" | "RepeatableRead" | "Serializable"; timeout?: number },
  ): Promise<T>;
  $disconnect(): Promise<void>;
};

type FixtureClientConstructor = new (options: { adapter: SqlDriverAdapterFactory }) => FixtureClient;

function isStale(): boolean {
  if (!existsSync(generatedClient)) return true;
  const generatedAt = statSync(generatedClient).mtimeMs;
  return readdirSync(fixtureSchemaDir).some(
    (file) => statSync(`${fixtureSchemaDir}/${file}`).mtimeMs > generatedAt,
  );
}

function generate(): void {
  const result = spawnSync("pnpm", ["exec", "prisma", "generate", "--schema", fixtureSchemaDir], {
    cwd: apiDir,
    encoding: "utf8",
    // `generate` never runs the schema engine; any existing file stops the CLI downloading it.
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  if (result.status !== 0)
    throw new Error(`prisma generate (fixture) failed:\n${result.stdout}\n${result.stderr}`);
}

const lockDir = fileURLToPath(new URL("./generated.lock", import.meta.url));

// Test files run in parallel workers: one generates while the others wait for
// the lock to go, so none imports a half-written client.
async function generateOnce(): Promise<void> {
  for (let waited = 0; ; waited += 100) {
    if (!existsSync(lockDir)) {
      if (!isStale()) return;
      try {
        mkdirSync(lockDir);
      } catch {
        continue; // another worker took it first
      }
      try {
        generate();
      } finally {
        rmSync(lockDir, { recursive: true, force: true });
      }
      return;
    }
    // A lock older than a minute was left by a crashed run.
    if (waited > 60_000) rmSync(lockDir, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The fixture PrismaClient class, generating it first if the fixture schema changed. */
export async function loadFixtureClient(): Promise<FixtureClientConstructor> {
  await generateOnce();
  const module = (await import(/* @vite-ignore */ generatedClient)) as {
    PrismaClient: FixtureClientConstructor;
  };
  return module.PrismaClient;
}

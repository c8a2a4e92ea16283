// The statement counter sees every statement Prisma sends, inside interactive
// transactions too, counts the same on PostgreSQL and PGlite, and keeps
// concurrent scopes (requests) apart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase } from "./database.js";
import { applyMigrations } from "./migrations.js";
import {
  currentStatementCount,
  currentTransactionCount,
  runWithStatementCounter,
  type StatementEvent,
} from "./statement-counter.js";
import {
  type FixtureClient,
  fixtureMigrationsDir,
  loadFixtureClient,
} from "./test-fixtures/fixture-client.js";
import { createScratchDatabase, type ScratchDatabase } from "./test-fixtures/scratch.js";

type Backend = { label: string; postgres: boolean };

describe.each<Backend>([
  { label: "PostgreSQL", postgres: true },
  { label: "PGlite", postgres: false },
])("statement counter on $label", ({ postgres }) => {
  let scratch: ScratchDatabase | undefined;
  let database: OpenDatabase;
  let prisma: FixtureClient;
  const events: StatementEvent[] = [];

  beforeAll(async () => {
    const PrismaClient = await loadFixtureClient();
    scratch = postgres ? await createScratchDatabase() : undefined;
    const onStatement = (event: StatementEvent) => events.push(event);
    database = await openDatabase(
      scratch ? { kind: "postgres", url: scratch.url, onStatement } : { kind: "pglite", onStatement },
    );
    await applyMigrations(database.migrationTarget, { migrationsDir: fixtureMigrationsDir });
    prisma = new PrismaClient({ adapter: database.adapterFactory });
  }, 60_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.close();
    await scratch?.drop();
  });

  it("is undefined outside a scope", async () => {
    expect(currentStatementCount()).toBeUndefined();
    await prisma.venue.findMany();
    expect(currentStatementCount()).toBeUndefined();
  });

  it("counts model and raw statements", async () => {
    await runWithStatementCounter(async () => {
      await prisma.venue.findMany();
      expect(currentStatementCount()).toBe(1);
      await prisma.$queryRaw`SELECT 1`;
      await prisma.$executeRaw`UPDATE "Venue" SET capacity = capacity WHERE false`;
      expect(currentStatementCount()).toBe(3);
      expect(currentTransactionCount()).toBe(0);
    });
  });

  it("counts statements inside an interactive transaction, not BEGIN/COMMIT", async () => {
    events.length = 0;
    await runWithStatementCounter(async () => {
      await prisma.$transaction(async (tx) => {
        const venue = await tx.venue.create({ data: { name: `Room ${Math.random()}`, capacity: 3 } });
        await tx.schedule.create({
          data: {
            venueId: venue.id,
            startsAt: new Date("2030-01-01T09:00Z"),
            endsAt: new Date("2030-01-01T10:00Z"),
          },
        });
        await tx.$queryRaw`SELECT 1`;
      });
      const inside = events.filter((event) => event.inTransaction).length;
      expect(inside).toBe(3);
      expect(currentStatementCount()).toBe(inside);
      expect(currentTransactionCount()).toBe(1);
    });
    expect(events.some((event) => /^\s*(BEGIN|COMMIT)/i.test(event.sql))).toBe(false);
  });

  it("keeps concurrent scopes apart", async () => {
    const work = (queries: number) =>
      runWithStatementCounter(async () => {
        for (let i = 0; i < queries; i += 1) await prisma.$queryRaw`SELECT pg_sleep(0.001)::text`;
        return currentStatementCount();
      });
    expect(await Promise.all([work(2), work(5), work(1)])).toEqual([2, 5, 1]);
  });

  it("reports failed statements with their error", async () => {
    events.length = 0;
    await expect(prisma.$executeRaw`SELECT * FROM "NoSuchTable"`).rejects.toThrow();
    expect(events).toHaveLength(1);
    expect(events[0]?.sql).toContain("NoSuchTable");
    expect(events[0]?.error).toBeDefined();
    expect(events[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });
});

// What Prisma 7 throws for constraint violations, timeouts and serialization
// failures on PostgreSQL and PGlite, and that classifyDatabaseError turns each
// into its kind with the constraint's name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase } from "./database.js";
import { classifyDatabaseError, violatesConstraint } from "./errors.js";
import { applyMigrations } from "./migrations.js";
import {
  type FixtureClient,
  fixtureMigrationsDir,
  loadFixtureClient,
} from "./test-fixtures/fixture-client.js";
import { createScratchDatabase, type ScratchDatabase } from "./test-fixtures/scratch.js";

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the statement to fail");
}

const at = (hour: number) => new Date(Date.UTC(2030, 0, 1, hour));

describe.each([
  { label: "PostgreSQL", postgres: true },
  { label: "PGlite", postgres: false },
])("classifyDatabaseError on $label", ({ postgres }) => {
  let scratch: ScratchDatabase | undefined;
  let database: OpenDatabase;
  let prisma: FixtureClient;
  let venueId: string;

  beforeAll(async () => {
    const PrismaClient = await loadFixtureClient();
    scratch = postgres ? await createScratchDatabase() : undefined;
    database = await openDatabase(scratch ? { kind: "postgres", url: scratch.url } : { kind: "pglite" });
    await applyMigrations(database.migrationTarget, { migrationsDir: fixtureMigrationsDir });
    prisma = new PrismaClient({ adapter: database.adapterFactory });
    venueId = (await prisma.venue.create({ data: { name: "Hall", capacity: 10 } })).id;
    await prisma.schedule.create({ data: { venueId, startsAt: at(9), endsAt: at(11) } });
  }, 60_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.close();
    await scratch?.drop();
  });

  const overlap = { kind: "exclusion", constraint: "Schedule_no_overlap_per_venue", sqlState: "23P01" };

  it("recognises an exclusion violation from a model create", async () => {
    const error = await failure(() =>
      prisma.schedule.create({ data: { venueId, startsAt: at(10), endsAt: at(12) } }),
    );
    expect(classifyDatabaseError(error)).toEqual(overlap);
    expect(violatesConstraint(error, "Schedule_no_overlap_per_venue", "exclusion")).toBe(true);
    expect(violatesConstraint(error, "Venue_name_key")).toBe(false);
  });

  it("recognises an exclusion violation from $executeRaw", async () => {
    const error = await failure(
      () => prisma.$executeRaw`INSERT INTO "Schedule" (id, "venueId", "startsAt", "endsAt")
        VALUES (gen_random_uuid(), ${venueId}::uuid, ${at(10)}, ${at(12)})`,
    );
    expect(classifyDatabaseError(error)).toEqual(overlap);
  });

  it("recognises an exclusion violation inside an interactive transaction", async () => {
    const error = await failure(() =>
      prisma.$transaction(async (tx) => {
        await tx.schedule.create({ data: { venueId, startsAt: at(8), endsAt: at(10) } });
      }),
    );
    expect(classifyDatabaseError(error)).toEqual(overlap);
  });

  it("lets a cancelled schedule overlap (the constraint is partial)", async () => {
    await prisma.schedule.create({ data: { venueId, startsAt: at(10), endsAt: at(12), cancelled: true } });
  });

  it("recognises unique violations with the constraint or index name", async () => {
    const model = await failure(() => prisma.venue.create({ data: { name: "Hall", capacity: 1 } }));
    expect(classifyDatabaseError(model)).toEqual({
      kind: "unique",
      constraint: "Venue_name_key",
      sqlState: "23505",
    });
    const raw = await failure(
      () =>
        prisma.$executeRaw`INSERT INTO "Venue" (id, name, capacity) VALUES (gen_random_uuid(), 'Hall', 1)`,
    );
    expect(classifyDatabaseError(raw)).toEqual({
      kind: "unique",
      constraint: "Venue_name_key",
      sqlState: "23505",
    });
    // A hand-written expression index: Prisma knows nothing about it.
    const lower = await failure(() => prisma.venue.create({ data: { name: "HALL", capacity: 1 } }));
    expect(classifyDatabaseError(lower)).toEqual({
      kind: "unique",
      constraint: "Venue_name_lower_key",
      sqlState: "23505",
    });
  });

  it("recognises check violations", async () => {
    const venue = await failure(() => prisma.venue.create({ data: { name: "Closet", capacity: 0 } }));
    expect(classifyDatabaseError(venue)).toEqual({
      kind: "check",
      constraint: "Venue_capacity_positive",
      sqlState: "23514",
    });
    const schedule = await failure(() =>
      prisma.schedule.create({ data: { venueId, startsAt: at(15), endsAt: at(14) } }),
    );
    expect(classifyDatabaseError(schedule)).toMatchObject({
      kind: "check",
      constraint: "Schedule_ends_after_starts",
    });
  });

  it("recognises foreign key violations", async () => {
    const error = await failure(() =>
      prisma.schedule.create({
        data: { venueId: "01900000-0000-7000-8000-000000000000", startsAt: at(20), endsAt: at(21) },
      }),
    );
    expect(classifyDatabaseError(error)).toEqual({
      kind: "foreignKey",
      constraint: "Schedule_venueId_fkey",
      sqlState: "23503",
    });
  });

  it("returns undefined for other errors", async () => {
    const error = await failure(() => prisma.$executeRaw`SELECT * FROM "NoSuchTable"`);
    expect(classifyDatabaseError(error)).toBeUndefined();
  });
});

describe("classifyDatabaseError on PostgreSQL only", () => {
  let scratch: ScratchDatabase;
  let database: OpenDatabase;
  let prisma: FixtureClient;

  beforeAll(async () => {
    const PrismaClient = await loadFixtureClient();
    scratch = await createScratchDatabase();
    database = await openDatabase({ kind: "postgres", url: scratch.url, statementTimeoutMs: 100 });
    await applyMigrations(database.migrationTarget, { migrationsDir: fixtureMigrationsDir });
    prisma = new PrismaClient({ adapter: database.adapterFactory });
  }, 60_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.close();
    await scratch?.drop();
  });

  it("recognises a statement timeout (statementTimeoutMs)", async () => {
    const error = await failure(() => prisma.$queryRaw`SELECT pg_sleep(1)::text`);
    expect(classifyDatabaseError(error)).toEqual({ kind: "timeout", sqlState: "57014" });
  });

  it("recognises a serialization failure", async () => {
    const venue = await prisma.venue.create({ data: { name: "Serial", capacity: 1 } });
    // Write skew: both read the venue's schedules, then both add one; SERIALIZABLE rejects one.
    let arrived = 0;
    let bothRead: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      bothRead = resolve;
    });
    const book = (hour: number) =>
      prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT count(*)::int FROM "Schedule" WHERE "venueId" = ${venue.id}::uuid`;
          arrived += 1;
          if (arrived === 2) bothRead();
          await gate;
          await tx.schedule.create({ data: { venueId: venue.id, startsAt: at(hour), endsAt: at(hour + 1) } });
        },
        { isolationLevel: "Serializable" },
      );
    const results = await Promise.allSettled([book(1), book(3)]);
    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(classifyDatabaseError(rejected[0]?.reason)).toEqual({ kind: "serialization", sqlState: "40001" });
  });
});

describe("classifyDatabaseError on error shapes", () => {
  it("reads a raw pg DatabaseError", () => {
    const error = Object.assign(new Error('conflicting key value violates exclusion constraint "x"'), {
      code: "23P01",
      severity: "ERROR",
      constraint: "x",
    });
    expect(classifyDatabaseError(error)).toEqual({ kind: "exclusion", constraint: "x", sqlState: "23P01" });
  });

  it("falls back to Prisma's code when no SQLSTATE is attached", () => {
    const error = Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta: {} });
    expect(classifyDatabaseError(error)).toEqual({ kind: "unique" });
  });

  it("does not mistake a Prisma code for a SQLSTATE, or classify non-database errors", () => {
    expect(classifyDatabaseError(Object.assign(new Error("x"), { code: "P2025" }))).toBeUndefined();
    expect(classifyDatabaseError(new Error("boom"))).toBeUndefined();
    expect(classifyDatabaseError("boom")).toBeUndefined();
    expect(classifyDatabaseError(undefined)).toBeUndefined();
  });
});

// The shapes seen when PostgreSQL goes away (test/reliability/postgres-restart.test.ts
// and timeouts.test.ts produce each of them for real).
describe("classifyDatabaseError on a database that is unreachable", () => {
  const prismaError = (message: string, cause: Record<string, unknown>) =>
    Object.assign(new Error(message), {
      code: "P2010",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
    });

  it.each([
    ["refused connection", prismaError("Can't reach database server", { kind: "DatabaseNotReachable" })],
    ["dropped connection", prismaError("Connection closed", { kind: "ConnectionClosed" })],
    [
      "starting up (57P03)",
      prismaError("Raw query failed. Code: `57P03`.", { kind: "postgres", originalCode: "57P03" }),
    ],
    [
      "shutting down (57P01)",
      Object.assign(new Error("terminating connection"), { code: "57P01", severity: "FATAL" }),
    ],
    [
      "connection exception class 08",
      Object.assign(new Error("connection failure"), { code: "08006", severity: "FATAL" }),
    ],
    ["pg: connection terminated", new Error("Connection terminated unexpectedly")],
    ["pg-pool: no connection freed up", new Error("timeout exceeded when trying to connect")],
    [
      "socket error",
      Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED", syscall: "connect" }),
    ],
    ["Prisma P1001", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
  ])("%s", (_label, error) => {
    expect(classifyDatabaseError(error)?.kind).toBe("unavailable");
  });

  it("finds the failure under a wrapper's cause", () => {
    const error = new Error("context failed", { cause: new Error("Connection terminated unexpectedly") });
    expect(classifyDatabaseError(error)).toEqual({ kind: "unavailable" });
  });

  it("keeps a statement timeout a timeout, not an outage", () => {
    const error = prismaError("Raw query failed. Code: `57014`.", {
      kind: "postgres",
      originalCode: "57014",
    });
    expect(classifyDatabaseError(error)).toEqual({ kind: "timeout", sqlState: "57014" });
  });
});

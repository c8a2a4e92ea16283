// The embedded default: no DATABASE_URL, so the API runs on PGlite in DATA_DIR,
// migrated and seeded on first start (README, "Run it").
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { buildCampusSchema } from "../src/schema.js";
import { createCampusServer } from "../src/server.js";
import { createCatalogCourse, createInstructor, gid, tokenFor } from "./catalog-factories.js";
import { createInPersonCourse, createVenue, DAY } from "./scheduling.js";

let dataDir: string | undefined;
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of [dataDir, ...dirs]) if (dir) await rm(dir, { recursive: true, force: true });
});

async function startEmbedded(dir: string, env: Record<string, string> = {}) {
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: dir,
    LOG_LEVEL: "silent",
    WEB_DIST_DIR: "/nonexistent",
    ...env,
  });
  expect(config.database.kind).toBe("pglite");
  const app = await createApp(config, createLogger("silent"));
  const server = await createCampusServer(app, await buildCampusSchema(app.pubsub));
  await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await server.stop();
      await app.close();
    },
  };
}

describe("embedded PGlite database", () => {
  it("migrates and seeds on first start, serves courses, and keeps its data across restarts", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "campus-embedded-"));
    const first = await startEmbedded(dataDir);
    const query = async (url: string) => {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "{ courses(first: 5) { totalCount nodes { title instructor { name } } } }",
        }),
      });
      return (await res.json()) as { data: { courses: { totalCount: number; nodes: { title: string }[] } } };
    };
    const before = await query(first.url);
    expect(before.data.courses.totalCount).toBeGreaterThan(5);
    expect(before.data.courses.nodes).toHaveLength(5);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    const users = await first.app.prisma.user.count();
    const applied = await first.app.prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(Number(applied[0]!.n)).toBeGreaterThan(0);
    await first.stop();

    // Second start: same files, no new migration, no second seeding.
    const second = await startEmbedded(dataDir);
    expect(await second.app.prisma.user.count()).toBe(users);
    expect((await query(second.url)).data.courses.totalCount).toBe(before.data.courses.totalCount);
    await second.stop();
  }, 120_000);

  it("filters courses by level and format (enum lists bound as parameters)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "campus-embedded-"));
    dirs.push(dir);
    const s = await startEmbedded(dir, { SEED_ON_FIRST_START: "false" });
    try {
      const p = s.app.prisma;
      const { id: instructorId } = await createInstructor(p);
      await createCatalogCourse(p, { instructorId, title: "Beginner self-paced", level: "BEGINNER" });
      await createCatalogCourse(p, {
        instructorId,
        title: "Expert live",
        level: "EXPERT",
        format: "LIVE_GROUP",
      });
      await createCatalogCourse(p, {
        instructorId,
        title: "Advanced in person",
        level: "ADVANCED",
        format: "IN_PERSON",
      });
      const titles = async (filter: Record<string, unknown>) => {
        const res = await fetch(`${s.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            query:
              "query ($f: CourseFilter) { courses(filter: $f) { nodes { title } facets { levels { level count } } } }",
            variables: { f: filter },
          }),
        });
        const body = (await res.json()) as {
          errors?: unknown;
          data: { courses: { nodes: { title: string }[] } };
        };
        expect(body.errors).toBeUndefined();
        return body.data.courses.nodes.map((n) => n.title).sort();
      };
      expect(await titles({ level: ["EXPERT", "ADVANCED"] })).toEqual(["Advanced in person", "Expert live"]);
      expect(await titles({ format: ["LIVE_GROUP", "SELF_PACED"] })).toEqual([
        "Beginner self-paced",
        "Expert live",
      ]);
      expect(await titles({ level: ["ADVANCED"], format: ["LIVE_GROUP"] })).toEqual([]);
    } finally {
      await s.stop();
    }
  }, 120_000);

  it("lets a plain instructor plan a run of their course (role checks bind enum lists)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "campus-embedded-"));
    dirs.push(dir);
    const s = await startEmbedded(dir, { SEED_ON_FIRST_START: "false" });
    try {
      const p = s.app.prisma;
      const instructor = await createInstructor(p);
      const venue = await createVenue(p, { capacity: 20 });
      const course = await createInPersonCourse(p, { instructorId: instructor.id, maxCapacity: 12 });
      const startsAt = new Date(Date.now() + 40 * DAY);
      const res = await fetch(`${s.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${tokenFor(s.app.config, instructor)}`,
        },
        body: JSON.stringify({
          query: `mutation ($input: CreateCourseScheduleInput!) {
            createCourseSchedule(input: $input) { schedule { status capacity } userErrors { code message } }
          }`,
          variables: {
            input: {
              courseId: gid("Course", course.id),
              venueId: gid("Venue", venue.id),
              startsAt,
              endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
            },
          },
        }),
      });
      const body = (await res.json()) as { errors?: unknown; data?: { createCourseSchedule: unknown } };
      expect(body.errors).toBeUndefined();
      expect(body.data?.createCourseSchedule).toEqual({
        schedule: { status: "DRAFT", capacity: 12 },
        userErrors: [],
      });
    } finally {
      await s.stop();
    }
  }, 120_000);
});

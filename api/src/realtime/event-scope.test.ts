import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subscribe, wsClient } from "../../test/realtime.js";
import { createInPersonCourse, createSchedule, createVenue, gid } from "../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../test/server.js";
import { type CampusDatabase, createPrismaClient } from "../db/client.js";
import { topics } from "./topics.js";

let server: TestServer;
let counted: CampusDatabase;
let counting = false;
let statements = 0;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer();
  // Subscriptions take `prisma` from the app when they start: give them a client that counts.
  counted = await createPrismaClient({
    kind: "postgres",
    url: server.database.url,
    onStatement: () => {
      if (counting) statements += 1;
    },
  });
  server.app.prisma = counted.prisma;
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await server?.close();
  await counted?.disconnect();
});

const SEATS = `subscription ($id: ID!) { scheduleSeatsChanged(scheduleId: $id) { id seatsLeft status course { title } } }`;

/** Statements sent while `n` anonymous subscribers each receive one event of the schedule. */
async function statementsForOneEvent(n: number): Promise<number> {
  const prisma = server.app.prisma;
  const venue = await createVenue(prisma);
  const course = await createInPersonCourse(prisma);
  const schedule = await createSchedule(prisma, { courseId: course.id, venueId: venue.id, capacity: 9 });
  const subs = Array.from({ length: n }, () => {
    const client = wsClient(server.wsUrl);
    clients.push(client);
    return subscribe<{ seatsLeft: number; course: { title: string } }>(client, SEATS, {
      id: gid("CourseSchedule", schedule.id),
    });
  });
  const publish = (bookedCount: number) =>
    server.app.pubsub.publish(topics.scheduleSeatsChanged(schedule.id), {
      scheduleId: schedule.id,
      status: "PUBLISHED",
      capacity: 9,
      bookedCount,
      seatsLeft: 9 - bookedCount,
    });
  // Warm-up until every subscriber is listening (a subscription starts listening after its checks).
  for (let tries = 0; subs.some((s) => s.events.length === 0) && tries < 50; tries++) {
    publish(0);
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 300));
  const before = subs.map((s) => s.events.length);
  statements = 0;
  counting = true;
  await prisma.courseSchedule.update({ where: { id: schedule.id }, data: { bookedCount: 2 } });
  statements = 0;
  publish(2);
  for (let tries = 0; subs.some((s, i) => s.events.length === (before[i] ?? 0)) && tries < 100; tries++)
    await new Promise((r) => setTimeout(r, 50));
  counting = false;
  for (const s of subs) {
    const last = s.events.at(-1);
    expect(last).toMatchObject({ seatsLeft: 7, status: "PUBLISHED", course: { title: course.title } });
    expect(s.errors).toEqual([]);
    s.stop();
  }
  return statements;
}

describe("subscription events read the database once per event per replica", () => {
  it("costs the same statements for 1 and for 25 subscribers of one schedule", async () => {
    const one = await statementsForOneEvent(1);
    const many = await statementsForOneEvent(25);
    // The schedule once, its course once: shared by every subscriber of the event.
    expect(one).toBe(2);
    expect(many).toBe(one);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createExpert,
  createSlot,
  createTutoringSession,
  DAY,
  gid,
  HOUR,
  person,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { extendSlotHorizon, SLOT_HORIZON_LOCK_KEY } from "./slot-horizon.job.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

type Errors = { field: string[] | null; code: string; message: string }[];

const SAVE_WINDOW = `mutation ($input: AvailabilityWindowInput!) {
  saveAvailabilityWindow(input: $input) { window { id dayOfWeek startTime endTime timeZone } slotsChanged userErrors { field code message } }
}`;
const SAVE_SESSION = `mutation ($input: TutoringSessionInput!) {
  saveTutoringSession(input: $input) { tutoringSession { id durationMinutes price { amountCents currency } } userErrors { field code } }
}`;
const AVAILABLE = `query ($sessionId: ID, $expertId: ID, $from: DateTime!, $to: DateTime!, $tz: TimeZone!, $first: Int) {
  availableSlots(tutoringSessionId: $sessionId, expertId: $expertId, from: $from, to: $to, timeZone: $tz, first: $first) {
    totalCount nodes { id startsAt localStartsAt localEndsAt timeZone seatsLeft status tutoringSession { title } }
  }
}`;

type WindowResult = {
  saveAvailabilityWindow: { window: { id: string } | null; slotsChanged: number; userErrors: Errors };
};

describe("expert profiles", () => {
  it("instructors create one, students cannot, admins verify with an audit row", async () => {
    const CREATE = `mutation ($input: ExpertProfileInput!) { createExpertProfile(input: $input) { expert { id verificationStatus hourlyRate { formatted } } userErrors { code } } }`;
    const student = await person(server);
    expect(
      (await server.gql(CREATE, { input: { currency: "EUR" } }, { token: student.token })).errors?.[0]
        ?.extensions?.code,
    ).toBe("FORBIDDEN");
    const instructor = await person(server, ["INSTRUCTOR"]);
    const created = await server.gql<{
      createExpertProfile: { expert: { id: string; verificationStatus: string } };
    }>(
      CREATE,
      { input: { bio: "Rust and Go", expertiseAreas: ["rust"], hourlyRateCents: 8000, currency: "eur" } },
      { token: instructor.token },
    );
    const expert = created.data!.createExpertProfile.expert;
    expect(expert.verificationStatus).toBe("PENDING");
    // Pending experts are not public.
    expect(
      (await server.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: expert.id })).errors?.[0]
        ?.extensions?.code,
    ).toBe("NOT_FOUND");
    const admin = await person(server, ["ADMIN"]);
    const VERIFY = `mutation ($input: VerifyExpertInput!) { verifyExpert(input: $input) { expert { verificationStatus } userErrors { code } } }`;
    const verified = await server.gql<{ verifyExpert: { expert: { verificationStatus: string } } }>(
      VERIFY,
      { input: { expertId: expert.id, status: "VERIFIED" } },
      { token: admin.token },
    );
    expect(verified.data!.verifyExpert.expert.verificationStatus).toBe("VERIFIED");
    expect(await server.app.prisma.auditLog.count({ where: { action: "expert.verify" } })).toBe(1);
    expect(
      (
        await server.gql(
          VERIFY,
          { input: { expertId: expert.id, status: "VERIFIED" } },
          { token: instructor.token },
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
  });
});

describe("tutoring sessions and availability windows", () => {
  it("refuses a duration that is not a multiple of 15 minutes", async () => {
    const expert = await createExpert(server);
    const res = await server.gql<{ saveTutoringSession: { userErrors: Errors } }>(
      SAVE_SESSION,
      {
        input: {
          title: "Go",
          description: "Go basics",
          durationMinutes: 50,
          priceCents: 1000,
          currency: "EUR",
        },
      },
      { token: expert.token },
    );
    expect(res.data!.saveTutoringSession.userErrors[0]).toMatchObject({
      field: ["input", "durationMinutes"],
      code: "INVALID",
    });
  });

  it.each([
    ["an end before the start", { startTime: "12:00", endTime: "09:00" }, ["input", "endTime"], "INVALID"],
    ["an unknown time zone", { timeZone: "Europe/Atlantis" }, ["input", "timeZone"], "INVALID"],
    ["a malformed time", { startTime: "9am" }, ["input", "startTime"], "INVALID"],
    ["a day out of range", { dayOfWeek: 7 }, ["input", "dayOfWeek"], "TOO_LONG"],
  ])("refuses a window with %s and changes nothing", async (_label, override, field, code) => {
    const expert = await createExpert(server);
    await createTutoringSession(server.app.prisma, expert.profile.id);
    const input = {
      dayOfWeek: 1,
      startTime: "09:00",
      endTime: "12:00",
      timeZone: "Europe/Paris",
      ...override,
    };
    const res = await server.gql<WindowResult>(SAVE_WINDOW, { input }, { token: expert.token });
    expect(res.data!.saveAvailabilityWindow.userErrors[0]).toMatchObject({ field, code });
    expect(await server.app.prisma.availabilityWindow.count({ where: { expertId: expert.profile.id } })).toBe(
      0,
    );
    expect(await server.app.prisma.bookableSlot.count({ where: { expertId: expert.profile.id } })).toBe(0);
  });

  it("generates slots for the horizon, refuses an overlapping window, and never moves a booked slot", async () => {
    const prisma = server.app.prisma;
    const expert = await createExpert(server);
    const session = await createTutoringSession(prisma, expert.profile.id);
    const input = { dayOfWeek: 1, startTime: "09:00", endTime: "12:00", timeZone: "Europe/Paris" };
    const added = await server.gql<WindowResult>(SAVE_WINDOW, { input }, { token: expert.token });
    expect(added.data!.saveAvailabilityWindow.userErrors).toEqual([]);
    const slots = await prisma.bookableSlot.findMany({
      where: { tutoringSessionId: session.id },
      orderBy: { startsAt: "asc" },
    });
    // 8 weeks of Mondays (7 or 8 of them from today), 3 one-hour slots each.
    expect(slots.length === 21 || slots.length === 24).toBe(true);

    const overlap = await server.gql<WindowResult>(
      SAVE_WINDOW,
      { input: { ...input, startTime: "11:00", endTime: "13:00" } },
      { token: expert.token },
    );
    expect(overlap.data!.saveAvailabilityWindow.userErrors[0]).toMatchObject({ code: "CONFLICT" });

    const booked = slots[3]!;
    await prisma.bookableSlot.update({ where: { id: booked.id }, data: { bookedCount: 1, status: "FULL" } });
    const moved = await server.gql<WindowResult>(
      SAVE_WINDOW,
      {
        input: {
          windowId: added.data!.saveAvailabilityWindow.window!.id,
          startTime: "14:00",
          endTime: "16:00",
        },
      },
      { token: expert.token },
    );
    expect(moved.data!.saveAvailabilityWindow.userErrors).toEqual([]);
    const after = await prisma.bookableSlot.findUniqueOrThrow({ where: { id: booked.id } });
    expect(after).toMatchObject({ status: "FULL", bookedCount: 1, startsAt: booked.startsAt });
    const open = await prisma.bookableSlot.count({
      where: { tutoringSessionId: session.id, status: "AVAILABLE" },
    });
    const cancelled = await prisma.bookableSlot.count({
      where: { tutoringSessionId: session.id, status: "CANCELLED" },
    });
    expect(open === 14 || open === 16).toBe(true);
    expect(cancelled).toBe(slots.length - 1);
  });
});

describe("availableSlots", () => {
  it("returns bookable slots with local times in the requested zone, after the minimum notice", async () => {
    const prisma = server.app.prisma;
    const expert = await createExpert(server);
    const session = await createTutoringSession(prisma, expert.profile.id, { title: "Zones" });
    const soon = await createSlot(prisma, session, new Date(Date.now() + HOUR)); // inside the 2 h notice
    const later = await createSlot(prisma, session, new Date(Date.UTC(2030, 2, 31, 7, 0))); // 09:00 in Paris (CEST)
    const full = await createSlot(prisma, session, new Date(Date.UTC(2030, 2, 31, 9, 0)));
    await prisma.bookableSlot.update({ where: { id: full.id }, data: { bookedCount: 1, status: "FULL" } });
    type R = {
      availableSlots: {
        totalCount: number;
        nodes: { id: string; localStartsAt: string; localEndsAt: string; timeZone: string }[];
      };
    };
    const ok = await server.gql<R>(AVAILABLE, {
      sessionId: gid("TutoringSession", session.id),
      from: new Date(Date.UTC(2030, 2, 1)),
      to: new Date(Date.UTC(2030, 3, 1)),
      tz: "America/New_York",
    });
    expect(ok.data!.availableSlots.nodes).toEqual([
      {
        id: gid("BookableSlot", later.id),
        startsAt: "2030-03-31T07:00:00.000Z",
        localStartsAt: "2030-03-31T03:00:00-04:00",
        localEndsAt: "2030-03-31T04:00:00-04:00",
        timeZone: "America/New_York",
        seatsLeft: 1,
        status: "AVAILABLE",
        tutoringSession: { title: "Zones" },
      },
    ]);
    const near = await server.gql<R>(AVAILABLE, {
      expertId: expert.profileGid,
      from: new Date(Date.now() - HOUR),
      to: new Date(Date.now() + DAY),
      tz: "UTC",
    });
    expect(near.data!.availableSlots.nodes.map((n) => n.id)).not.toContain(gid("BookableSlot", soon.id));
  });

  it("refuses a range over 62 days, both or neither of session and expert, and hides inactive sessions", async () => {
    const prisma = server.app.prisma;
    const expert = await createExpert(server);
    const inactive = await createTutoringSession(prisma, expert.profile.id, { isActive: false });
    const from = new Date("2030-01-01T00:00:00Z");
    const far = await server.gql(AVAILABLE, {
      expertId: expert.profileGid,
      from,
      to: new Date("2030-06-01T00:00:00Z"),
      tz: "UTC",
    });
    expect(far.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const neither = await server.gql(AVAILABLE, { from, to: new Date("2030-01-02T00:00:00Z"), tz: "UTC" });
    expect(neither.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badZone = await server.gql(AVAILABLE, {
      expertId: expert.profileGid,
      from,
      to: new Date("2030-01-02T00:00:00Z"),
      tz: "Nowhere/Else",
    });
    expect(badZone.errors?.[0]?.extensions?.code).toBeDefined();
    const hidden = await server.gql(AVAILABLE, {
      sessionId: gid("TutoringSession", inactive.id),
      from,
      to: new Date("2030-01-02T00:00:00Z"),
      tz: "UTC",
    });
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("slot horizon job", () => {
  it("is idempotent and skips a run while another replica holds the lock", async () => {
    const prisma = server.app.prisma;
    const expert = await createExpert(server);
    const session = await createTutoringSession(prisma, expert.profile.id);
    await prisma.availabilityWindow.create({
      data: {
        expertId: expert.profile.id,
        dayOfWeek: 3,
        startMinutes: 600,
        endMinutes: 720,
        timezone: "America/New_York",
      },
    });
    const deps = { prisma, pubsub: server.app.pubsub, horizon: { slotHorizonWeeks: 4 } };
    const first = await extendSlotHorizon(deps);
    expect(first.ran).toBe(true);
    const count = await prisma.bookableSlot.count({ where: { tutoringSessionId: session.id } });
    expect(count === 8 || count === 10).toBe(true);
    expect((await extendSlotHorizon(deps)).changed).toBe(0);

    // A further 4 weeks later, the horizon moves on: only the new weeks are added.
    const later = await extendSlotHorizon({ ...deps, now: new Date(Date.now() + 28 * DAY) });
    expect(later.changed).toBeGreaterThan(0);

    const skipped = await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${SLOT_HORIZON_LOCK_KEY}::bigint)::text AS held`;
      return extendSlotHorizon(deps);
    });
    expect(skipped).toEqual({ ran: false, experts: 0, changed: 0 });
  });
});

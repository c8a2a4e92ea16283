import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createInPersonCourse,
  createSchedule,
  createVenue,
  DAY,
  gid,
  HOUR,
  type Person,
  person,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
let admin: Person;
let instructor: Person;

beforeAll(async () => {
  server = await startTestServer();
  admin = await person(server, ["ADMIN"], "Admin");
  instructor = await person(server, ["INSTRUCTOR"], "Ines");
});
afterAll(() => server?.close());

type Errors = { field: string[] | null; code: string; message: string }[];

const CREATE_VENUE = `mutation ($input: CreateVenueInput!) {
  createVenue(input: $input) { venue { id name capacity city timezone } userErrors { field code message } }
}`;
const CREATE_SCHEDULE = `mutation ($input: CreateCourseScheduleInput!) {
  createCourseSchedule(input: $input) {
    schedule { id status capacity seatsLeft price { amountCents currency } venue { name } course { title } }
    userErrors { field code message }
  }
}`;

const venueInput = {
  name: "Leeds Hall",
  addressLine1: "1 Park Row",
  city: "Leeds",
  postcode: "LS1 5AB",
  capacity: 16,
};

describe("venues", () => {
  it("admins create venues, with an audit row; others are refused", async () => {
    const res = await server.gql<{ createVenue: { venue: { id: string }; userErrors: Errors } }>(
      CREATE_VENUE,
      { input: { ...venueInput, timezone: "Europe/London", facilities: { wifi: true } } },
      { token: admin.token },
    );
    expect(res.data!.createVenue.userErrors).toEqual([]);
    const audit = await server.app.prisma.auditLog.findFirst({
      where: { action: "venue.create", actorId: admin.id },
    });
    expect(audit).not.toBeNull();

    const student = await person(server);
    const forbidden = await server.gql(CREATE_VENUE, { input: venueInput }, { token: student.token });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await server.gql(CREATE_VENUE, { input: venueInput });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an unknown time zone and a zero capacity with userErrors", async () => {
    const before = await server.app.prisma.venue.count();
    const res = await server.gql<{ createVenue: { venue: null; userErrors: Errors } }>(
      CREATE_VENUE,
      { input: { ...venueInput, capacity: 0, timezone: "Mars/Olympus" } },
      { token: admin.token },
    );
    expect(res.data!.createVenue.userErrors.map((e) => e.field)).toEqual([
      ["input", "capacity"],
      ["input", "timezone"],
    ]);
    expect(await server.app.prisma.venue.count()).toBe(before);
  });
});

describe("venue changes", () => {
  const UPDATE = `mutation ($input: UpdateVenueInput!) {
    updateVenue(input: $input) {
      venue { id addressLine1 addressLine2 city postcode timezone isActive }
      userErrors { field code message }
    }
  }`;
  const LIST = `query ($filter: VenueFilter) { venues(first: 100, filter: $filter) { nodes { id isActive } } }`;
  type Update = { updateVenue: { venue: Record<string, unknown> | null; userErrors: Errors } };

  it("corrects the address; the time zone only while no run is planned there", async () => {
    const venue = await createVenue(server.app.prisma);
    const moved = await server.gql<Update>(
      UPDATE,
      {
        input: {
          venueId: gid("Venue", venue.id),
          addressLine1: "2 Low Street",
          addressLine2: "Floor 3",
          city: "York",
          postcode: "YO1 7HH",
          timezone: "Europe/Dublin",
        },
      },
      { token: admin.token },
    );
    expect(moved.data!.updateVenue).toEqual({
      venue: {
        id: gid("Venue", venue.id),
        addressLine1: "2 Low Street",
        addressLine2: "Floor 3",
        city: "York",
        postcode: "YO1 7HH",
        timezone: "Europe/Dublin",
        isActive: true,
      },
      userErrors: [],
    });
    const cleared = await server.gql<Update>(
      UPDATE,
      { input: { venueId: gid("Venue", venue.id), addressLine2: "" } },
      { token: admin.token },
    );
    expect(cleared.data!.updateVenue.venue).toMatchObject({ addressLine2: null, city: "York" });

    const course = await createInPersonCourse(server.app.prisma);
    await createSchedule(server.app.prisma, { courseId: course.id, venueId: venue.id });
    const refused = await server.gql<Update>(
      UPDATE,
      { input: { venueId: gid("Venue", venue.id), timezone: "Europe/Paris", city: "Paris" } },
      { token: admin.token },
    );
    expect(refused.data!.updateVenue.userErrors).toEqual([
      expect.objectContaining({ code: "INVALID", field: ["input", "timezone"] }),
    ]);
    const unknownZone = await server.gql<Update>(
      UPDATE,
      { input: { venueId: gid("Venue", venue.id), timezone: "Mars/Olympus" } },
      { token: admin.token },
    );
    expect(unknownZone.data!.updateVenue.userErrors.map((e) => e.field)).toEqual([["input", "timezone"]]);
    const row = await server.app.prisma.venue.findUniqueOrThrow({ where: { id: venue.id } });
    expect({ city: row.city, timezone: row.timezone }).toEqual({ city: "York", timezone: "Europe/Dublin" });
  });

  it("lists switched-off venues to admins who ask, and to nobody else", async () => {
    const venue = await createVenue(server.app.prisma);
    await server.gql(
      UPDATE,
      { input: { venueId: gid("Venue", venue.id), isActive: false } },
      { token: admin.token },
    );
    type List = { venues: { nodes: { id: string; isActive: boolean }[] } };
    const id = gid("Venue", venue.id);
    const active = await server.gql<List>(LIST, {}, { token: admin.token });
    expect(active.data!.venues.nodes.map((n) => n.id)).not.toContain(id);
    const all = await server.gql<List>(LIST, { filter: { includeInactive: true } }, { token: admin.token });
    expect(all.data!.venues.nodes).toContainEqual({ id, isActive: false });
    const student = await person(server);
    const refused = await server.gql(LIST, { filter: { includeInactive: true } }, { token: student.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("createCourseSchedule", () => {
  const start = () => new Date(Date.now() + 30 * DAY + Math.floor(Math.random() * 5000) * HOUR);

  it("defaults the capacity to the course's maxCapacity and prices seats from the course", async () => {
    const venue = await createVenue(server.app.prisma, { capacity: 20 });
    const course = await createInPersonCourse(server.app.prisma, { maxCapacity: 12, priceCents: 9500 });
    const startsAt = start();
    const res = await server.gql<{
      createCourseSchedule: { schedule: Record<string, unknown>; userErrors: Errors };
    }>(
      CREATE_SCHEDULE,
      {
        input: {
          courseId: gid("Course", course.id),
          venueId: gid("Venue", venue.id),
          startsAt,
          endsAt: new Date(startsAt.getTime() + 6 * HOUR),
          publish: true,
        },
      },
      { token: admin.token },
    );
    expect(res.data!.createCourseSchedule.userErrors).toEqual([]);
    expect(res.data!.createCourseSchedule.schedule).toMatchObject({
      status: "PUBLISHED",
      capacity: 12,
      seatsLeft: 12,
      price: { amountCents: 9500, currency: "GBP" },
    });
  });

  it.each([
    ["over the venue's capacity", { capacity: 25 }, ["input", "capacity"], "INVALID"],
    ["ending before it starts", { endsAt: new Date(Date.now() + 29 * DAY) }, ["input", "endsAt"], "INVALID"],
    [
      "in the past",
      { startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() - DAY + HOUR) },
      ["input", "startsAt"],
      "INVALID",
    ],
    ["with a bad venue id", { venueId: "nope" }, ["input", "venueId"], "INVALID"],
  ])("refuses a schedule %s and creates nothing", async (_label, override, field, code) => {
    const venue = await createVenue(server.app.prisma, { capacity: 20 });
    const course = await createInPersonCourse(server.app.prisma);
    const startsAt = new Date(Date.now() + 30 * DAY);
    const before = await server.app.prisma.courseSchedule.count();
    const res = await server.gql<{ createCourseSchedule: { schedule: null; userErrors: Errors } }>(
      CREATE_SCHEDULE,
      {
        input: {
          courseId: gid("Course", course.id),
          venueId: gid("Venue", venue.id),
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3 * HOUR),
          ...override,
        },
      },
      { token: admin.token },
    );
    expect(res.data!.createCourseSchedule.schedule).toBeNull();
    expect(res.data!.createCourseSchedule.userErrors[0]).toMatchObject({ field, code });
    expect(await server.app.prisma.courseSchedule.count()).toBe(before);
  });

  it("maps an overlap at the venue to a CONFLICT userError", async () => {
    const venue = await createVenue(server.app.prisma);
    const course = await createInPersonCourse(server.app.prisma);
    const startsAt = start();
    const input = {
      courseId: gid("Course", course.id),
      venueId: gid("Venue", venue.id),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * HOUR),
    };
    await server.gql(CREATE_SCHEDULE, { input }, { token: admin.token });
    const res = await server.gql<{ createCourseSchedule: { userErrors: Errors } }>(
      CREATE_SCHEDULE,
      { input: { ...input, startsAt: new Date(startsAt.getTime() + HOUR) } },
      { token: admin.token },
    );
    expect(res.data!.createCourseSchedule.userErrors[0]).toMatchObject({
      code: "CONFLICT",
      field: ["input", "startsAt"],
    });
  });

  it("lets a course's instructor plan it and refuses other instructors", async () => {
    const venue = await createVenue(server.app.prisma);
    const course = await createInPersonCourse(server.app.prisma, { instructorId: instructor.id });
    const startsAt = start();
    const input = {
      courseId: gid("Course", course.id),
      venueId: gid("Venue", venue.id),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    };
    const other = await person(server, ["INSTRUCTOR"]);
    const refused = await server.gql(CREATE_SCHEDULE, { input }, { token: other.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const ok = await server.gql<{
      createCourseSchedule: { schedule: { id: string; status: string }; userErrors: Errors };
    }>(CREATE_SCHEDULE, { input }, { token: instructor.token });
    expect(ok.data!.createCourseSchedule.schedule.status).toBe("DRAFT");
    // A draft is invisible to everyone but its managers.
    const NODE = `query ($id: ID!) { node(id: $id) { id } }`;
    const id = ok.data!.createCourseSchedule.schedule.id;
    expect((await server.gql(NODE, { id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await server.gql(NODE, { id }, { token: instructor.token })).errors).toBeUndefined();
  });
});

describe("schedule lifecycle", () => {
  const MUTATE = (name: string, input: string) => `mutation ($input: ${input}!) {
    ${name}(input: $input) { schedule { id status capacity seatsLeft notes } userErrors { field code } }
  }`;

  it("publishes a draft, changes its capacity within the venue and cancels it", async () => {
    const venue = await createVenue(server.app.prisma, { capacity: 10 });
    const course = await createInPersonCourse(server.app.prisma, {
      instructorId: instructor.id,
      maxCapacity: 8,
    });
    const schedule = await createSchedule(server.app.prisma, {
      courseId: course.id,
      venueId: venue.id,
      status: "DRAFT",
      capacity: 8,
      instructorId: instructor.id,
    });
    const scheduleId = gid("CourseSchedule", schedule.id);
    type R = Record<
      string,
      { schedule: { status: string; capacity: number; notes: string | null } | null; userErrors: Errors }
    >;
    const published = await server.gql<R>(
      MUTATE("publishCourseSchedule", "PublishCourseScheduleInput"),
      { input: { scheduleId } },
      { token: instructor.token },
    );
    expect(published.data!.publishCourseSchedule!.schedule!.status).toBe("PUBLISHED");

    const tooBig = await server.gql<R>(
      MUTATE("updateCourseSchedule", "UpdateCourseScheduleInput"),
      { input: { scheduleId, capacity: 11 } },
      { token: instructor.token },
    );
    expect(tooBig.data!.updateCourseSchedule!.userErrors[0]).toMatchObject({
      code: "INVALID",
      field: ["input", "capacity"],
    });
    const resized = await server.gql<R>(
      MUTATE("updateCourseSchedule", "UpdateCourseScheduleInput"),
      { input: { scheduleId, capacity: 10, notes: "Bring ID" } },
      { token: instructor.token },
    );
    expect(resized.data!.updateCourseSchedule!.schedule).toMatchObject({ capacity: 10, notes: "Bring ID" });

    const stranger = await person(server, ["INSTRUCTOR"]);
    const refused = await server.gql(
      MUTATE("cancelCourseSchedule", "CancelCourseScheduleInput"),
      { input: { scheduleId, reason: "x" } },
      { token: stranger.token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const cancelled = await server.gql<R>(
      MUTATE("cancelCourseSchedule", "CancelCourseScheduleInput"),
      { input: { scheduleId, reason: "Trainer ill" } },
      { token: admin.token },
    );
    expect(cancelled.data!.cancelCourseSchedule!.schedule!.status).toBe("CANCELLED");
    expect(
      await server.app.prisma.auditLog.count({
        where: { action: "course_schedule.cancel", entityId: schedule.id },
      }),
    ).toBe(1);
  });
});

describe("courseSchedules", () => {
  const LIST = `query ($filter: CourseScheduleFilter, $first: Int, $after: String) {
    courseSchedules(filter: $filter, first: $first, after: $after) {
      totalCount nodes { id seatsLeft startsAt venue { city } } pageInfo { hasNextPage endCursor }
    }
  }`;
  type List = {
    courseSchedules: {
      totalCount: number;
      nodes: { id: string; seatsLeft: number; venue: { city: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };

  it("filters by course type, city, date range and seats left, and pages with cursors", async () => {
    const prisma = server.app.prisma;
    const city = `City-${Date.now()}`;
    const york = await createVenue(prisma, { city, capacity: 30 });
    const other = await createVenue(prisma, { city: `${city}-other`, capacity: 30 });
    const faw = await createInPersonCourse(prisma, { courseType: "FAW" });
    const efaw = await createInPersonCourse(prisma, { courseType: "EFAW" });
    const base = Date.now() + 60 * DAY;
    const at = (d: number) => new Date(base + d * DAY);
    const s1 = await createSchedule(prisma, {
      courseId: faw.id,
      venueId: york.id,
      startsAt: at(1),
      capacity: 10,
    });
    const s2 = await createSchedule(prisma, {
      courseId: faw.id,
      venueId: york.id,
      startsAt: at(2),
      capacity: 10,
    });
    await prisma.courseSchedule.update({ where: { id: s2.id }, data: { bookedCount: 9 } });
    const s3 = await createSchedule(prisma, {
      courseId: faw.id,
      venueId: york.id,
      startsAt: at(3),
      capacity: 10,
    });
    await createSchedule(prisma, { courseId: efaw.id, venueId: york.id, startsAt: at(4) });
    await createSchedule(prisma, { courseId: faw.id, venueId: other.id, startsAt: at(1) });
    await createSchedule(prisma, { courseId: faw.id, venueId: york.id, startsAt: at(5), status: "DRAFT" });

    const filter = { courseType: "FAW", city: city.toUpperCase(), startsAfter: at(0), startsBefore: at(10) };
    const all = await server.gql<List>(LIST, { filter });
    expect(all.data!.courseSchedules.nodes.map((n) => n.id)).toEqual(
      [s1, s2, s3].map((s) => gid("CourseSchedule", s.id)),
    );
    expect(all.data!.courseSchedules.totalCount).toBe(3);

    const roomy = await server.gql<List>(LIST, { filter: { ...filter, minSeatsLeft: 2 } });
    expect(roomy.data!.courseSchedules.nodes.map((n) => n.id)).toEqual(
      [s1, s3].map((s) => gid("CourseSchedule", s.id)),
    );

    const ranged = await server.gql<List>(LIST, { filter: { ...filter, startsBefore: at(2) } });
    expect(ranged.data!.courseSchedules.totalCount).toBe(1);

    const page1 = await server.gql<List>(LIST, { filter, first: 2 });
    expect(page1.data!.courseSchedules.pageInfo.hasNextPage).toBe(true);
    const page2 = await server.gql<List>(LIST, {
      filter,
      first: 2,
      after: page1.data!.courseSchedules.pageInfo.endCursor,
    });
    expect(page2.data!.courseSchedules.nodes.map((n) => n.id)).toEqual([gid("CourseSchedule", s3.id)]);
    expect(page2.data!.courseSchedules.pageInfo.hasNextPage).toBe(false);
  });

  it("lists the runs an instructor manages, drafts and cancelled included; admins see all", async () => {
    const prisma = server.app.prisma;
    const venue = await createVenue(prisma, { capacity: 30 });
    const mine = await createInPersonCourse(prisma, { instructorId: instructor.id });
    const other = await person(server, ["INSTRUCTOR"], "Olga");
    const base = Date.now() + 200 * DAY + Math.floor(Math.random() * 1000) * HOUR;
    const at = (d: number) => new Date(base + d * DAY);
    const draft = await createSchedule(prisma, {
      courseId: mine.id,
      venueId: venue.id,
      startsAt: at(1),
      status: "DRAFT",
      instructorId: instructor.id,
    });
    const live = await createSchedule(prisma, {
      courseId: mine.id,
      venueId: venue.id,
      startsAt: at(2),
      instructorId: instructor.id,
    });
    const cancelled = await createSchedule(prisma, {
      courseId: mine.id,
      venueId: venue.id,
      startsAt: at(3),
      instructorId: instructor.id,
    });
    await prisma.courseSchedule.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    const theirs = await createSchedule(prisma, {
      courseId: mine.id,
      venueId: venue.id,
      startsAt: at(4),
      status: "DRAFT",
      instructorId: other.id,
    });
    const ids = (res: { data?: List | null }) => res.data!.courseSchedules.nodes.map((n) => n.id);
    const window = { startsAfter: at(0), startsBefore: at(10) };

    const managed = await server.gql<List>(
      LIST,
      { filter: { ...window, managedByViewer: true } },
      { token: instructor.token },
    );
    expect(ids(managed)).toEqual([draft, live, cancelled].map((s) => gid("CourseSchedule", s.id)));
    expect(managed.data!.courseSchedules.totalCount).toBe(3);
    const drafts = await server.gql<List>(
      LIST,
      { filter: { ...window, managedByViewer: true, statuses: ["DRAFT"] } },
      { token: instructor.token },
    );
    expect(ids(drafts)).toEqual([gid("CourseSchedule", draft.id)]);
    const everything = await server.gql<List>(
      LIST,
      { filter: { ...window, managedByViewer: true } },
      { token: admin.token },
    );
    expect(ids(everything)).toEqual(
      expect.arrayContaining([draft, theirs].map((s) => gid("CourseSchedule", s.id))),
    );
    // The public list is unchanged: only the published run.
    expect(ids(await server.gql<List>(LIST, { filter: window }))).toEqual([gid("CourseSchedule", live.id)]);

    const student = await person(server);
    const refused = await server.gql(LIST, { filter: { managedByViewer: true } }, { token: student.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await server.gql(LIST, { filter: { managedByViewer: true } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

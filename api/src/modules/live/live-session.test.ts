import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInstructor, gid, tokenFor } from "../../../test/catalog-factories.js";
import {
  createLiveSession,
  enrolledStudent,
  freeCourse,
  signedIn,
} from "../../../test/learning-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const FIELDS =
  "id status title durationMinutes participantCount placesLeft meetingUrl recordingUrl viewerHasJoined viewerCanJoin viewerCanManage";
const mutation = (name: string, input: string) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { liveSession { ${FIELDS} } userErrors { field code message } } }`;
const CREATE = mutation("createLiveSession", "CreateLiveSessionInput");
const UPDATE = mutation("updateLiveSession", "UpdateLiveSessionInput");
const STATUS = mutation("updateLiveSessionStatus", "UpdateLiveSessionStatusInput");
const CANCEL = mutation("cancelLiveSession", "LiveSessionRefInput");
const JOIN = mutation("joinLiveSession", "LiveSessionRefInput");
const LEAVE = mutation("leaveLiveSession", "LiveSessionRefInput");
type Session = {
  id: string;
  status: string;
  participantCount: number;
  placesLeft: number;
  meetingUrl: string | null;
  recordingUrl: string | null;
  viewerHasJoined: boolean;
  viewerCanJoin: boolean;
};
type Payload = {
  liveSession: Session | null;
  userErrors: { field: string[]; code: string; message: string }[];
};
const run = async (query: string, input: Record<string, unknown>, token: string) => {
  const res = await server.gql<Record<string, Payload>>(query, { input }, { token });
  return { payload: res.data ? Object.values(res.data)[0]! : null, code: res.errors?.[0]?.extensions?.code };
};
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe("live session management", () => {
  it("lets an instructor schedule, reschedule, start, end and record a session, in that order only", async () => {
    const p = server.app.prisma;
    const instructor = await createInstructor(p);
    const token = tokenFor(server.app.config, instructor);
    const created = await run(
      CREATE,
      {
        title: "Office hours",
        description: "Bring questions.",
        startsAt: inHours(2),
        durationMinutes: 45,
        maxParticipants: 3,
        meetingUrl: "https://meet.campus.test/oh",
      },
      token,
    );
    const session = created.payload!.liveSession!;
    expect(session).toMatchObject({
      status: "SCHEDULED",
      durationMinutes: 45,
      placesLeft: 3,
      meetingUrl: "https://meet.campus.test/oh",
    });
    const id = session.id;
    expect(
      (await run(UPDATE, { liveSessionId: id, recordingUrl: "https://media.campus.test/r.mp4" }, token))
        .payload!.userErrors[0],
    ).toMatchObject({ code: "INVALID_STATE", field: ["input", "recordingUrl"] });
    expect(
      (await run(STATUS, { liveSessionId: id, status: "COMPLETED" }, token)).payload!.userErrors[0],
    ).toMatchObject({ code: "INVALID_STATE", field: ["input", "status"] });
    expect((await p.liveSession.findFirstOrThrow({ where: { instructorId: instructor.id } })).status).toBe(
      "SCHEDULED",
    );
    expect(
      (await run(UPDATE, { liveSessionId: id, durationMinutes: 60 }, token)).payload!.liveSession,
    ).toMatchObject({ durationMinutes: 60 });
    expect(
      (await run(STATUS, { liveSessionId: id, status: "LIVE" }, token)).payload!.liveSession!.status,
    ).toBe("LIVE");
    expect(
      (await run(UPDATE, { liveSessionId: id, startsAt: inHours(3) }, token)).payload!.userErrors[0]!.code,
    ).toBe("INVALID_STATE");
    expect(
      (await run(STATUS, { liveSessionId: id, status: "SCHEDULED" }, token)).payload!.userErrors[0]!.code,
    ).toBe("INVALID_STATE");
    expect((await run(CANCEL, { liveSessionId: id }, token)).payload!.userErrors[0]!.code).toBe(
      "INVALID_STATE",
    );
    expect(
      (await run(STATUS, { liveSessionId: id, status: "COMPLETED" }, token)).payload!.liveSession!.status,
    ).toBe("COMPLETED");
    const recorded = await run(
      UPDATE,
      { liveSessionId: id, recordingUrl: "https://media.campus.test/r.mp4" },
      token,
    );
    expect(recorded.payload!.liveSession!.recordingUrl).toBe("https://media.campus.test/r.mp4");
  });

  it("refuses students, other instructors, past starts; cancels a scheduled session", async () => {
    const p = server.app.prisma;
    const owner = await createInstructor(p);
    const session = await createLiveSession(p, owner.id);
    const student = await signedIn(server);
    const other = await signedIn(server, ["STUDENT", "INSTRUCTOR"]);
    const base = { title: "T", description: "D", durationMinutes: 30, maxParticipants: 5 };
    expect((await run(CREATE, { ...base, startsAt: inHours(1) }, student.token)).code).toBe("FORBIDDEN");
    const past = await run(CREATE, { ...base, startsAt: inHours(-1) }, other.token);
    expect(past.payload!.userErrors[0]).toMatchObject({ field: ["input", "startsAt"] });
    expect((await run(CANCEL, { liveSessionId: gid("LiveSession", session.id) }, other.token)).code).toBe(
      "FORBIDDEN",
    );
    const ownerToken = tokenFor(server.app.config, owner);
    expect(
      (await run(CANCEL, { liveSessionId: gid("LiveSession", session.id) }, ownerToken)).payload!.liveSession!
        .status,
    ).toBe("CANCELLED");
    const admin = await signedIn(server, ["STUDENT", "ADMIN"]);
    const another = await createLiveSession(p, owner.id);
    await run(
      UPDATE,
      { liveSessionId: gid("LiveSession", another.id), title: "Renamed by admin" },
      admin.token,
    );
    expect(await p.auditLog.count({ where: { entityId: another.id, actorId: admin.user.id } })).toBe(1);
  });
});

describe("joining and leaving", () => {
  it("takes one place per person, frees it on leave, and hides the link from others", async () => {
    const p = server.app.prisma;
    const owner = await createInstructor(p);
    const session = await createLiveSession(p, owner.id, { maxParticipants: 1 });
    const id = gid("LiveSession", session.id);
    const [ann, bob] = [await signedIn(server), await signedIn(server)];
    const joined = await run(JOIN, { liveSessionId: id }, ann.token);
    expect(joined.payload!.liveSession).toMatchObject({
      participantCount: 1,
      placesLeft: 0,
      viewerHasJoined: true,
      meetingUrl: "https://meet.campus.test/qa",
    });
    expect((await run(JOIN, { liveSessionId: id }, ann.token)).payload!.userErrors[0]!.code).toBe("TAKEN");
    const full = await run(JOIN, { liveSessionId: id }, bob.token);
    expect(full.payload!.userErrors[0]).toMatchObject({
      code: "UNAVAILABLE",
      field: ["input", "liveSessionId"],
    });
    const seen = await server.gql<{ node: Session }>(
      `query ($id: ID!) { node(id: $id) { ... on LiveSession { ${FIELDS} } } }`,
      { id },
      { token: bob.token },
    );
    expect(seen.data!.node).toMatchObject({ meetingUrl: null, viewerCanJoin: false });
    expect((await run(LEAVE, { liveSessionId: id }, ann.token)).payload!.liveSession!.placesLeft).toBe(1);
    expect((await run(LEAVE, { liveSessionId: id }, ann.token)).payload!.userErrors[0]!.code).toBe(
      "NOT_FOUND",
    );
    expect((await run(JOIN, { liveSessionId: id }, bob.token)).payload!.liveSession!.viewerHasJoined).toBe(
      true,
    );
    expect(await p.sessionParticipant.count({ where: { liveSessionId: session.id } })).toBe(2);
  });

  it("requires an enrollment for a course's session and shows upcoming sessions on the course page", async () => {
    const { course, instructor } = await freeCourse(server, [1]);
    const p = server.app.prisma;
    const soon = await createLiveSession(p, instructor.id, { courseId: course.id, title: "Soon" }, 2);
    await createLiveSession(p, instructor.id, { courseId: course.id, title: "Later" }, 48);
    await createLiveSession(
      p,
      instructor.id,
      { courseId: course.id, title: "Cancelled", status: "CANCELLED" },
      3,
    );
    const outsider = await signedIn(server);
    expect((await run(JOIN, { liveSessionId: gid("LiveSession", soon.id) }, outsider.token)).code).toBe(
      "FORBIDDEN",
    );
    const student = await enrolledStudent(server, course.id);
    expect(
      (await run(JOIN, { liveSessionId: gid("LiveSession", soon.id) }, student.token)).payload!.userErrors,
    ).toEqual([]);
    const page = await server.gql<{ course: { upcomingLiveSessions: { title: string }[] } }>(
      `query ($id: ID!) { course(id: $id) { upcomingLiveSessions { title } } }`,
      { id: gid("Course", course.id) },
    );
    expect(page.data!.course.upcomingLiveSessions.map((s) => s.title)).toEqual(["Soon", "Later"]);
  });

  it("lists upcoming and live sessions the viewer may see, soonest first", async () => {
    const p = server.app.prisma;
    const owner = await createInstructor(p);
    const { course: draft } = await freeCourse(server, [1], { status: "DRAFT" });
    const tag = `list-${Date.now()}`;
    await createLiveSession(p, owner.id, { title: `${tag} b` }, 5);
    await createLiveSession(p, owner.id, { title: `${tag} a`, status: "LIVE" }, 0);
    await createLiveSession(p, owner.id, { title: `${tag} done`, status: "COMPLETED" }, -5);
    await createLiveSession(p, owner.id, { title: `${tag} hidden`, courseId: draft.id }, 1);
    const res = await server.gql<{ liveSessions: { nodes: { title: string }[] } }>(
      `query ($i: ID) { liveSessions(first: 50, filter: { instructorId: $i }) { nodes { title } } }`,
      { i: gid("User", owner.id) },
    );
    expect(res.data!.liveSessions.nodes.map((n) => n.title)).toEqual([`${tag} a`, `${tag} b`]);
  });
});

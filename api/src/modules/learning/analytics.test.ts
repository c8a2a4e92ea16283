import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gid } from "../../../test/catalog-factories.js";
import { enrolledStudent, freeCourse, signedIn } from "../../../test/learning-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { dayAsDate, localDay, previousDay } from "./analytics.rules.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const PROGRESS = `mutation ($input: UpdateLessonProgressInput!) { updateLessonProgress(input: $input) { userErrors { code } } }`;
const STATS = `{ viewer { learningStats { totalLearningMinutes coursesCompleted currentStreakDays longestStreakDays } } }`;
type Stats = {
  viewer: {
    learningStats: {
      totalLearningMinutes: number;
      coursesCompleted: number;
      currentStreakDays: number;
      longestStreakDays: number;
    };
  };
};
const today = () => localDay(new Date(), "UTC");
const daysAgo = (n: number) => {
  let d = today();
  for (let i = 0; i < n; i++) d = previousDay(d);
  return d;
};

async function learner(shape = [3]) {
  const { course, lessons } = await freeCourse(server, shape);
  const student = await enrolledStudent(server, course.id);
  const progress = (lesson: number, fields: Record<string, unknown>) =>
    server.gql(
      PROGRESS,
      { input: { lessonId: gid("Lesson", lessons[lesson]!.id), ...fields } },
      { token: student.token },
    );
  const stats = async () =>
    (await server.gql<Stats>(STATS, {}, { token: student.token })).data!.viewer.learningStats;
  return { student, progress, stats };
}

describe("learning analytics", () => {
  it("adds minutes, completed lessons and watched videos to today's row and the profile", async () => {
    const { student, progress, stats } = await learner();
    await progress(0, { addTimeSpentMinutes: 12, videoCompleted: true });
    await progress(0, { status: "COMPLETED", addTimeSpentMinutes: 3 });
    await progress(0, { status: "COMPLETED" });
    const days = await server.gql<{ myLearningAnalytics: Record<string, unknown>[] }>(
      `query ($from: Date!, $to: Date!) { myLearningAnalytics(from: $from, to: $to) { date minutesLearned lessonsCompleted videosWatched quizzesTaken } }`,
      { from: daysAgo(7), to: today() },
      { token: student.token },
    );
    expect(days.data!.myLearningAnalytics).toEqual([
      { date: today(), minutesLearned: 15, lessonsCompleted: 1, videosWatched: 1, quizzesTaken: 0 },
    ]);
    expect(await stats()).toEqual({
      totalLearningMinutes: 15,
      coursesCompleted: 0,
      currentStreakDays: 1,
      longestStreakDays: 1,
    });
  });

  it("continues a streak from yesterday once per day, and restarts it after a gap", async () => {
    const a = await learner();
    const p = server.app.prisma;
    await p.learningAnalyticsDay.create({
      data: { userId: a.student.user.id, date: dayAsDate(daysAgo(1)), minutesLearned: 5 },
    });
    await p.user.update({
      where: { id: a.student.user.id },
      data: { currentStreakDays: 3, longestStreakDays: 3, lastActiveAt: new Date(Date.now() - 86_400_000) },
    });
    await a.progress(0, { addTimeSpentMinutes: 1 });
    await a.progress(1, { addTimeSpentMinutes: 1 });
    expect(await a.stats()).toMatchObject({ currentStreakDays: 4, longestStreakDays: 4 });

    const b = await learner();
    await p.learningAnalyticsDay.create({
      data: { userId: b.student.user.id, date: dayAsDate(daysAgo(3)), minutesLearned: 5 },
    });
    await p.user.update({
      where: { id: b.student.user.id },
      data: {
        currentStreakDays: 5,
        longestStreakDays: 8,
        lastActiveAt: new Date(Date.now() - 3 * 86_400_000),
      },
    });
    expect((await b.stats()).currentStreakDays).toBe(0); // lapsed, before any new activity
    await b.progress(0, { addTimeSpentMinutes: 1 });
    expect(await b.stats()).toMatchObject({ currentStreakDays: 1, longestStreakDays: 8 });
  });

  it("keeps a learner's stats and days to themselves and admins", async () => {
    const { student } = await learner();
    const other = await signedIn(server);
    const admin = await signedIn(server, ["STUDENT", "ADMIN"]);
    const NODE = `query ($id: ID!) { node(id: $id) { ... on User { learningStats { currentStreakDays } } } }`;
    const id = gid("User", student.user.id);
    expect((await server.gql(NODE, { id }, { token: admin.token })).data).toEqual({
      node: { learningStats: { currentStreakDays: 0 } },
    });
    expect((await server.gql(NODE, { id }, { token: other.token })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    const backwards = await server.gql(
      `query { myLearningAnalytics(from: "2026-03-02", to: "2026-03-01") { date } }`,
      {},
      { token: student.token },
    );
    expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogCourse, createInstructor, gid, tokenFor } from "../../../test/catalog-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
let token: string;
let teacherId: string;

const ERR = "userErrors { field message code }";
type UserErrors = { field: string[] | null; code: string }[];

const mutate = async <T>(
  name: string,
  inputType: string,
  selection: string,
  input: Record<string, unknown>,
) => {
  const res = await server.gql<Record<string, T & { userErrors: UserErrors }>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERR} } }`,
    { input },
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data![name]!;
};

const addModule = (courseId: string, title: string) =>
  mutate<{ module: { id: string } }>("createCourseModule", "CreateCourseModuleInput", "module { id }", {
    courseId: gid("Course", courseId),
    title,
  });
const addLesson = (moduleId: string, title: string, durationMinutes: number | null) =>
  mutate<{ lesson: { id: string } }>("createLesson", "CreateLessonInput", "lesson { id }", {
    moduleId,
    title,
    type: "VIDEO",
    durationMinutes,
  });

/** The counters must equal what the rows say, for every course and module in the database. */
async function expectCountersConsistent() {
  const drift = await server.app.prisma.$queryRaw<unknown[]>`
    SELECT c.id FROM courses c
    WHERE c.lesson_count <> (SELECT count(*) FROM lessons l WHERE l.course_id = c.id)
       OR c.total_duration_minutes <> (SELECT coalesce(sum(duration_minutes), 0) FROM lessons l WHERE l.course_id = c.id)
    UNION ALL
    SELECT m.id FROM course_modules m
    WHERE m.lesson_count <> (SELECT count(*) FROM lessons l WHERE l.module_id = m.id)
       OR m.total_duration_minutes <> (SELECT coalesce(sum(duration_minutes), 0) FROM lessons l WHERE l.module_id = m.id)`;
  expect(drift).toEqual([]);
}

const outline = async (courseId: string) => {
  const res = await server.gql<{
    course: {
      lessonCount: number;
      totalDurationMinutes: number;
      modules: {
        title: string;
        lessonCount: number;
        totalDurationMinutes: number;
        lessons: { title: string }[];
      }[];
    };
  }>(
    `query ($id: ID) { course(id: $id) { lessonCount totalDurationMinutes modules { title lessonCount totalDurationMinutes lessons { title } } } }`,
    { id: gid("Course", courseId) },
    { token },
  );
  return res.data!.course;
};

beforeAll(async () => {
  server = await startTestServer();
  const teacher = await createInstructor(server.app.prisma);
  teacherId = teacher.id;
  token = tokenFor(server.app.config, teacher);
});
afterAll(() => server?.close());

describe("curriculum authoring", () => {
  it("keeps lesson counts and durations exact through create, update, move and delete", async () => {
    const course = await createCatalogCourse(server.app.prisma, { instructorId: teacherId, status: "DRAFT" });
    const a = (await addModule(course.id, "A")).module.id;
    const b = (await addModule(course.id, "B")).module.id;
    const a1 = (await addLesson(a, "a1", 10)).lesson.id;
    await addLesson(a, "a2", 5);
    await addLesson(b, "b1", null);
    expect(await outline(course.id)).toMatchObject({
      lessonCount: 3,
      totalDurationMinutes: 15,
      modules: [
        { title: "A", lessonCount: 2, totalDurationMinutes: 15 },
        { title: "B", lessonCount: 1, totalDurationMinutes: 0 },
      ],
    });
    await mutate("updateLesson", "UpdateLessonInput", "lesson { id }", {
      lessonId: a1,
      durationMinutes: 30,
      moduleId: b,
    });
    expect(await outline(course.id)).toMatchObject({
      lessonCount: 3,
      totalDurationMinutes: 35,
      modules: [
        { lessonCount: 1, totalDurationMinutes: 5, lessons: [{ title: "a2" }] },
        { lessonCount: 2, totalDurationMinutes: 30, lessons: [{ title: "b1" }, { title: "a1" }] },
      ],
    });
    await mutate("deleteLesson", "DeleteLessonInput", "deletedId", { lessonId: a1 });
    await mutate("deleteCourseModule", "DeleteCourseModuleInput", "deletedId", { moduleId: a });
    expect(await outline(course.id)).toMatchObject({
      lessonCount: 1,
      totalDurationMinutes: 0,
      modules: [{ title: "B" }],
    });
    await expectCountersConsistent();
  });

  it("reorders modules and lessons, and refuses foreign or missing ids without changing anything", async () => {
    const p = server.app.prisma;
    const course = await createCatalogCourse(p, { instructorId: teacherId });
    const other = await createCatalogCourse(p, { instructorId: teacherId });
    const [m1, m2, m3] = [
      (await addModule(course.id, "one")).module.id,
      (await addModule(course.id, "two")).module.id,
      (await addModule(course.id, "three")).module.id,
    ];
    const foreign = (await addModule(other.id, "elsewhere")).module.id;
    const l1 = (await addLesson(m1!, "l1", 1)).lesson.id;
    const l2 = (await addLesson(m1!, "l2", 1)).lesson.id;
    const positions = () =>
      p.$queryRaw`SELECT id, position FROM course_modules UNION ALL SELECT id, position FROM lessons ORDER BY 1`;
    const before = await positions();

    const reorder = (moduleIds: string[]) =>
      mutate<{ course: unknown }>("reorderCourseModules", "ReorderCourseModulesInput", "course { id }", {
        courseId: gid("Course", course.id),
        moduleIds,
      });
    for (const [ids, field] of [
      [
        [m3, m1, foreign],
        ["input", "moduleIds"],
      ],
      [
        [m3, m1],
        ["input", "moduleIds"],
      ],
      [
        [m3, m1, m2, m2],
        ["input", "moduleIds"],
      ],
      [
        [m3, m1, "not-an-id"],
        ["input", "moduleIds", "2"],
      ],
    ] as const) {
      const res = await reorder([...ids] as string[]);
      expect(res.userErrors[0]).toMatchObject({ field, code: "INVALID" });
    }
    const lessonsRes = await mutate("reorderLessons", "ReorderLessonsInput", "course { id }", {
      moduleId: m1,
      lessonIds: [l2, (await addLesson(m2!, "elsewhere", 1)).lesson.id],
    });
    expect(lessonsRes.userErrors[0]).toMatchObject({ field: ["input", "lessonIds"], code: "INVALID" });
    const afterRefusals = (await positions()) as { id: string }[];
    expect(afterRefusals.filter((r) => (before as { id: string }[]).some((b) => b.id === r.id))).toEqual(
      before,
    );

    await reorder([m3!, m1!, m2!]);
    await mutate("reorderLessons", "ReorderLessonsInput", "course { id }", {
      moduleId: m1,
      lessonIds: [l2, l1],
    });
    const result = await outline(course.id);
    expect(result.modules.map((m) => m.title)).toEqual(["three", "one", "two"]);
    expect(result.modules[1]!.lessons.map((l) => l.title)).toEqual(["l2", "l1"]);
    await expectCountersConsistent();
  });

  it("keeps counters and positions exact under concurrent lesson creation", async () => {
    const course = await createCatalogCourse(server.app.prisma, { instructorId: teacherId });
    const m = (await addModule(course.id, "busy")).module.id;
    await Promise.all(Array.from({ length: 12 }, (_, i) => addLesson(m, `p${i}`, 5)));
    const row = await server.app.prisma.course.findUniqueOrThrow({ where: { id: course.id } });
    expect(row).toMatchObject({ lessonCount: 12, totalDurationMinutes: 60 });
    const positions = (await server.app.prisma.lesson.findMany({ where: { courseId: course.id } })).map(
      (l) => l.position,
    );
    expect(new Set(positions).size).toBe(12);
    await expectCountersConsistent();
  });

  it("refuses bad lesson input as user errors", async () => {
    const course = await createCatalogCourse(server.app.prisma, { instructorId: teacherId });
    const m = (await addModule(course.id, "m")).module.id;
    const res = await server.gql<{ createLesson: { userErrors: UserErrors } }>(
      `mutation ($input: CreateLessonInput!) { createLesson(input: $input) { ${ERR} } }`,
      { input: { moduleId: m, title: "", type: "VIDEO", durationMinutes: -5 } },
      { token },
    );
    expect(res.data!.createLesson.userErrors.map((e) => e.field)).toEqual([
      ["input", "title"],
      ["input", "durationMinutes"],
    ]);
    expect(await server.app.prisma.lesson.count({ where: { courseId: course.id } })).toBe(0);
  });
});

// Role × action matrix of the catalog (DESIGN.md, "Authorization"): each cell is run against
// the real API and the whole table is compared at once, so a wrong cell shows as a diff.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addCurriculum,
  createAdmin,
  createCatalogCourse,
  createInstructor,
  enroll,
  gid,
  tokenFor,
} from "../../../test/catalog-factories.js";
import { createUser } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

type Viewer =
  | "anonymous"
  | "enrolledStudent"
  | "otherStudent"
  | "owningInstructor"
  | "otherInstructor"
  | "admin"
  | "postAuthor";
type Action = "readLessonContent" | "readQuizAnswers" | "editCourse" | "deleteDiscussion";
/** true: allowed; otherwise the error code (or "hidden" when the field is null). */
type Outcome = true | string;

const EXPECTED: Record<Viewer, Record<Action, Outcome>> = {
  anonymous: {
    readLessonContent: "hidden",
    readQuizAnswers: "hidden",
    editCourse: "UNAUTHENTICATED",
    deleteDiscussion: "UNAUTHENTICATED",
  },
  enrolledStudent: {
    readLessonContent: true,
    readQuizAnswers: "hidden",
    editCourse: "FORBIDDEN",
    deleteDiscussion: "FORBIDDEN",
  },
  otherStudent: {
    readLessonContent: "hidden",
    readQuizAnswers: "hidden",
    editCourse: "FORBIDDEN",
    deleteDiscussion: "FORBIDDEN",
  },
  owningInstructor: {
    readLessonContent: true,
    readQuizAnswers: true,
    editCourse: true,
    deleteDiscussion: true,
  },
  otherInstructor: {
    readLessonContent: "hidden",
    readQuizAnswers: "hidden",
    editCourse: "FORBIDDEN",
    deleteDiscussion: "FORBIDDEN",
  },
  admin: { readLessonContent: true, readQuizAnswers: true, editCourse: true, deleteDiscussion: true },
  postAuthor: {
    readLessonContent: true,
    readQuizAnswers: "hidden",
    editCourse: "FORBIDDEN",
    deleteDiscussion: true,
  },
};

let server: TestServer;
const tokens = {} as Record<Viewer, string | undefined>;
let course: { id: string; title: string };
let lessonId: string;
let quizId: string;
let authorId: string;

beforeAll(async () => {
  server = await startTestServer();
  const p = server.app.prisma;
  const owner = await createInstructor(p);
  course = await createCatalogCourse(p, { instructorId: owner.id, title: "Matrix" });
  const lessons = (await addCurriculum(p, course.id, [2]))[0]!.lessons;
  lessonId = lessons[1]!.id; // not the preview lesson
  const quiz = await p.quiz.create({
    data: { courseId: course.id, lessonId, title: "Check", quizType: "GRADED" },
  });
  quizId = quiz.id;
  await p.quizQuestion.create({
    data: {
      quizId,
      questionText: "2 + 2?",
      questionType: "MULTIPLE_CHOICE",
      position: 1,
      options: [
        { id: "a", text: "4", is_correct: true },
        { id: "b", text: "5", is_correct: false },
      ],
    },
  });
  const enrolled = await createUser(p);
  const author = await createUser(p);
  authorId = author.id;
  await enroll(p, enrolled.id, course.id);
  await enroll(p, author.id, course.id);
  const users = {
    enrolledStudent: enrolled,
    otherStudent: await createUser(p),
    owningInstructor: owner,
    otherInstructor: await createInstructor(p),
    admin: await createAdmin(p),
    postAuthor: author,
  };
  for (const [key, user] of Object.entries(users)) tokens[key as Viewer] = tokenFor(server.app.config, user);
});
afterAll(() => server?.close());

const as = (viewer: Viewer) => (tokens[viewer] ? { token: tokens[viewer] } : {});
const errorCode = (res: { errors?: { extensions?: { code?: string } }[] }) =>
  res.errors?.[0]?.extensions?.code ?? "NO_ERROR";

const attempt: Record<Action, (viewer: Viewer) => Promise<Outcome>> = {
  async readLessonContent(viewer) {
    const res = await server.gql<{ node: { videoUrl: string | null; articleContent: string | null } | null }>(
      `query ($id: ID!) { node(id: $id) { ... on Lesson { videoUrl articleContent } } }`,
      { id: gid("Lesson", lessonId) },
      as(viewer),
    );
    const lesson = res.data?.node;
    if (!lesson) return errorCode(res);
    return lesson.videoUrl !== null && lesson.articleContent !== null ? true : "hidden";
  },
  async readQuizAnswers(viewer) {
    const res = await server.gql<{
      node: { questions: { explanation: string | null; options: { isCorrect: boolean | null }[] }[] | null };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on Quiz { questions { explanation options { isCorrect } } } } }`,
      { id: gid("Quiz", quizId) },
      as(viewer),
    );
    const options = res.data?.node?.questions?.[0]?.options ?? [];
    return options.length > 0 && options.every((o) => o.isCorrect !== null) ? true : "hidden";
  },
  async editCourse(viewer) {
    const title = `Matrix (${viewer})`;
    const res = await server.gql<{ updateCourse: { course: { title: string } | null } }>(
      `mutation ($input: UpdateCourseInput!) { updateCourse(input: $input) { course { title } } }`,
      { input: { courseId: gid("Course", course.id), title } },
      as(viewer),
    );
    const saved = await server.app.prisma.course.findUniqueOrThrow({ where: { id: course.id } });
    if (res.data?.updateCourse?.course?.title === title && saved.title === title) return true;
    expect(saved.title).not.toBe(title);
    return errorCode(res);
  },
  async deleteDiscussion(viewer) {
    const post = await server.app.prisma.courseDiscussion.create({
      data: { courseId: course.id, userId: authorId, title: "Question", content: "Why?" },
    });
    const res = await server.gql<{ deleteCourseDiscussion: { deletedDiscussionId: string | null } | null }>(
      `mutation ($input: DeleteCourseDiscussionInput!) { deleteCourseDiscussion(input: $input) { deletedDiscussionId } }`,
      { input: { discussionId: gid("CourseDiscussion", post.id) } },
      as(viewer),
    );
    const remaining = await server.app.prisma.courseDiscussion.count({ where: { id: post.id } });
    if (res.data?.deleteCourseDiscussion?.deletedDiscussionId && remaining === 0) return true;
    expect(remaining).toBe(1);
    return errorCode(res);
  },
};

describe("catalog authorization matrix", () => {
  it("allows exactly what DESIGN.md allows, and denied attempts change nothing", async () => {
    const actual = {} as Record<Viewer, Record<Action, Outcome>>;
    for (const viewer of Object.keys(EXPECTED) as Viewer[]) {
      actual[viewer] = {} as Record<Action, Outcome>;
      for (const action of Object.keys(attempt) as Action[])
        actual[viewer][action] = await attempt[action](viewer);
    }
    expect(actual).toEqual(EXPECTED);
  });
});

type Answer =
  | "viewerCanEdit"
  | "viewerCanEnroll"
  | "viewerCanReview"
  | "viewerCanReadContent"
  | "viewerCanDiscuss";
const ANSWERS: Record<Viewer, Record<Answer, boolean>> = {
  anonymous: {
    viewerCanEdit: false,
    viewerCanEnroll: false,
    viewerCanReview: false,
    viewerCanReadContent: false,
    viewerCanDiscuss: false,
  },
  enrolledStudent: {
    viewerCanEdit: false,
    viewerCanEnroll: false,
    viewerCanReview: true,
    viewerCanReadContent: true,
    viewerCanDiscuss: true,
  },
  otherStudent: {
    viewerCanEdit: false,
    viewerCanEnroll: true,
    viewerCanReview: false,
    viewerCanReadContent: false,
    viewerCanDiscuss: false,
  },
  owningInstructor: {
    viewerCanEdit: true,
    viewerCanEnroll: false,
    viewerCanReview: false,
    viewerCanReadContent: true,
    viewerCanDiscuss: true,
  },
  otherInstructor: {
    viewerCanEdit: false,
    viewerCanEnroll: true,
    viewerCanReview: false,
    viewerCanReadContent: false,
    viewerCanDiscuss: false,
  },
  admin: {
    viewerCanEdit: true,
    viewerCanEnroll: true,
    viewerCanReview: false,
    viewerCanReadContent: true,
    viewerCanDiscuss: true,
  },
  postAuthor: {
    viewerCanEdit: false,
    viewerCanEnroll: false,
    viewerCanReview: true,
    viewerCanReadContent: true,
    viewerCanDiscuss: true,
  },
};

describe("viewerCan… answers", () => {
  it("tell each viewer exactly what the matrix allows them", async () => {
    const actual = {} as Record<Viewer, Record<Answer, boolean>>;
    for (const viewer of Object.keys(ANSWERS) as Viewer[]) {
      const res = await server.gql<{ course: Record<Answer, boolean> }>(
        `query ($id: ID) { course(id: $id) { ${Object.keys(ANSWERS.admin).join(" ")} } }`,
        { id: gid("Course", course.id) },
        as(viewer),
      );
      actual[viewer] = res.data!.course;
    }
    expect(actual).toEqual(ANSWERS);
  });
});

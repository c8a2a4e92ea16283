// Learning fixtures: a free course with a curriculum and an enrolled student, quizzes with
// questions of every type, code challenges. Rows are written with Prisma directly.
import type { CampusPrisma } from "../src/db/client.js";
import type { Prisma } from "../src/generated/prisma/client.js";
import {
  addCurriculum,
  createCatalogCourse,
  createInstructor,
  enroll,
  tokenFor,
} from "./catalog-factories.js";
import { createUser } from "./factories.js";
import type { TestServer } from "./server.js";

/** A signed-in student (or other role) with a token for `server`. */
export async function signedIn(
  server: TestServer,
  roles: ("STUDENT" | "INSTRUCTOR" | "ADMIN")[] = ["STUDENT"],
) {
  const user = await createUser(server.app.prisma, { roles });
  return { user, token: tokenFor(server.app.config, user) };
}

/** A free published course of a fresh instructor with modules of `shape` lessons. */
export async function freeCourse(
  server: TestServer,
  shape: number[] = [2, 1],
  overrides: Partial<Prisma.CourseUncheckedCreateInput> = {},
) {
  const p = server.app.prisma;
  const instructor = await createInstructor(p);
  const course = await createCatalogCourse(p, {
    instructorId: instructor.id,
    priceCents: 0,
    accessType: "FREE",
    ...overrides,
  });
  const modules = await addCurriculum(p, course.id, shape);
  await p.course.update({
    where: { id: course.id },
    data: { lessonCount: shape.reduce((a, b) => a + b, 0) },
  });
  return {
    course,
    instructor,
    instructorToken: tokenFor(server.app.config, instructor),
    lessons: modules.flatMap((m) => m.lessons),
  };
}

/** A student enrolled (directly in the database) in the course. */
export async function enrolledStudent(server: TestServer, courseId: string) {
  const student = await signedIn(server);
  const enrollment = await enroll(server.app.prisma, student.user.id, courseId);
  return { ...student, enrollment };
}

export interface QuestionSpec {
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "SHORT_ANSWER" | "CODE";
  points?: number;
  options?: [string, boolean][];
  accepted?: string[];
  code?: { language: string; tests: [string, string][] };
}

/** A quiz with questions (options stored as the catalog stores them: ids a, b, c…). */
export async function createQuiz(
  prisma: CampusPrisma,
  courseId: string,
  questions: QuestionSpec[],
  overrides: Partial<Prisma.QuizUncheckedCreateInput> = {},
) {
  const quiz = await prisma.quiz.create({
    data: { courseId, title: "Quiz", quizType: "GRADED", ...overrides },
  });
  const rows = [];
  for (const [i, q] of questions.entries()) {
    const options =
      q.type === "SHORT_ANSWER"
        ? (q.accepted ?? []).map((text, j) => ({ id: String(j + 1), text, is_correct: true }))
        : (q.options ?? []).map(([text, ok], j) => ({ id: "abcdefgh"[j], text, is_correct: ok }));
    rows.push(
      await prisma.quizQuestion.create({
        data: {
          quizId: quiz.id,
          questionText: `Question ${i + 1}`,
          questionType: q.type,
          points: q.points ?? 1,
          position: i,
          explanation: `Because of reason ${i + 1}.`,
          options: q.type === "CODE" ? undefined : options,
          programmingLanguage: q.code?.language ?? null,
          testCases: q.code?.tests.map(([input, expected]) => ({ input, expected_output: expected })),
        },
      }),
    );
  }
  await prisma.quiz.update({
    where: { id: quiz.id },
    data: { questionCount: rows.length, totalPoints: rows.reduce((s, r) => s + r.points, 0) },
  });
  return { quiz, questions: rows };
}

/** A code challenge of a course with tests (hidden unless said otherwise). */
export function createChallenge(
  prisma: CampusPrisma,
  courseId: string,
  tests: [input: string, expected: string, hidden?: boolean][],
  overrides: Partial<Prisma.CodeChallengeUncheckedCreateInput> = {},
) {
  return prisma.codeChallenge.create({
    data: {
      courseId,
      title: "Challenge",
      description: "Solve it.",
      difficulty: "EASY",
      problemStatement: "Return the right output.",
      supportedLanguages: ["javascript", "python"],
      testCases: tests.map(([input, expected, hidden]) => ({
        input,
        expected_output: expected,
        is_hidden: hidden ?? true,
      })),
      timeLimitMs: 1000,
      memoryLimitMb: 32,
      ...overrides,
    },
  });
}

/** A live session starting in `inHours` hours, one hour long. */
export function createLiveSession(
  prisma: CampusPrisma,
  instructorId: string,
  overrides: Partial<Prisma.LiveSessionUncheckedCreateInput> = {},
  inHours = 24,
) {
  const startsAt = new Date(Date.now() + inHours * 3_600_000);
  return prisma.liveSession.create({
    data: {
      title: "Live Q&A",
      description: "Questions and answers.",
      instructorId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      maxParticipants: 10,
      meetingUrl: "https://meet.campus.test/qa",
      ...overrides,
    },
  });
}

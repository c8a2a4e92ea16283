import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { canViewCourse } from "../catalog/catalog.policy.js";
import { isEnrolledIn } from "../catalog/course-lock.js";
import { storedTestCases } from "../catalog/quiz-question.schema.js";
import { recordLearningActivity } from "./analytics.js";
import { type CodeJudge, JudgeBusyError } from "./code-judge.js";
import { submissionSelect } from "./code-submission.types.js";
import { normalizeLanguage, scoreOf, verdictOf } from "./judge.rules.js";
import { courseIdOf, requireAccessEnrollment } from "./learner-access.js";
import { canReadCourseLearners } from "./learning.policy.js";
import { runLearningTransaction } from "./learning-transaction.js";
import type { SandboxReport } from "./sandbox/js-sandbox.js";

const schema = z.object({
  challengeId: z.uuid(),
  language: z.string().trim().min(1, "Name the language.").max(30, "At most 30 characters."),
  code: z.string().min(1, "Submit some code.").max(50_000, "At most 50000 characters of code."),
});

const refuse = (code: UserErrorCode, message: string, field: string) =>
  new UserErrorsException([userError(code, message, field)]);

type Test = ReturnType<typeof storedTestCases>[number];

/** Per-test results as stored (seed 002 test_results shape plus outcome, error and is_hidden). */
function testResults(tests: Test[], report: SandboxReport) {
  return report.tests.map((run, i) => ({
    passed: run.outcome === "PASSED",
    outcome: run.outcome,
    input: tests[i]?.input ?? "",
    expected: tests[i]?.expectedOutput ?? "",
    actual: run.actual,
    error: run.error,
    execution_time: run.executionTimeMs,
    is_hidden: tests[i]?.isHidden ?? true,
  }));
}

/** Code challenge submissions: stored, then judged in the sandbox (JavaScript) or marked unsupported. */
export class CodeSubmissionService {
  /** Learners with a submission being judged on this replica: one at a time each. */
  private readonly judging = new Set<string>();

  constructor(private readonly deps: { prisma: CampusPrisma; judge: CodeJudge }) {}

  async submit(viewer: Viewer, input: unknown) {
    const data = parseInput(schema, input);
    const prisma = this.deps.prisma;
    const challenge = await prisma.codeChallenge.findUnique({
      where: { id: data.challengeId },
      select: {
        id: true,
        courseId: true,
        supportedLanguages: true,
        testCases: true,
        timeLimitMs: true,
        memoryLimitMb: true,
        points: true,
        lesson: { select: { courseId: true } },
      },
    });
    const courseId = challenge ? courseIdOf(challenge) : null;
    if (!challenge || !courseId) throw notFound("CodeChallenge");
    const now = new Date();
    await runLearningTransaction(prisma, (tx) =>
      requireAccessEnrollment(tx, viewer, courseId, now, {
        what: "CodeChallenge",
        action: "submit code to its challenges",
      }),
    );
    const language = normalizeLanguage(data.language);
    const accepted = challenge.supportedLanguages.map(normalizeLanguage);
    if (!accepted.includes(language))
      throw refuse(UserErrorCode.INVALID, `This challenge accepts ${accepted.join(", ")}.`, "language");
    const tests = storedTestCases(challenge.testCases);
    const base = {
      userId: viewer.id,
      challengeId: challenge.id,
      language,
      code: data.code,
      submittedAt: now,
      totalTests: tests.length,
    };

    if (!this.deps.judge.canRun(language)) {
      // Stored for the instructor to read, never passed: the judge cannot run it.
      const submission = await prisma.codeSubmission.create({
        data: { ...base, status: "UNSUPPORTED", score: 0 },
        select: submissionSelect,
      });
      await this.recordActivity(viewer.id, false, now);
      return { submission };
    }
    if (this.judging.has(viewer.id) || this.deps.judge.saturated)
      throw refuse(
        UserErrorCode.RATE_LIMITED,
        "Your previous submission is still being judged; try again in a moment.",
        "code",
      );
    this.judging.add(viewer.id);
    try {
      const running = await prisma.codeSubmission.create({
        data: { ...base, status: "RUNNING" },
        select: { id: true },
      });
      const report = await this.deps.judge
        .run(data.code, tests, { timeLimitMs: challenge.timeLimitMs, memoryLimitMb: challenge.memoryLimitMb })
        .catch(async (error: unknown) => {
          if (!(error instanceof JudgeBusyError)) throw error;
          await prisma.codeSubmission.delete({ where: { id: running.id } });
          throw refuse(
            UserErrorCode.UNAVAILABLE,
            "The code judge is busy; submit again in a moment.",
            "code",
          );
        });
      const passed = report.tests.filter((t) => t.outcome === "PASSED").length;
      const status = verdictOf(report.tests.map((t) => t.outcome));
      const firstAccepted =
        status === "ACCEPTED" &&
        (await prisma.codeSubmission.count({
          where: { userId: viewer.id, challengeId: challenge.id, status: "ACCEPTED" },
        })) === 0;
      const submission = await prisma.codeSubmission.update({
        where: { id: running.id },
        data: {
          status,
          testResults: testResults(tests, report),
          executionTimeMs: report.tests.reduce((sum, t) => sum + t.executionTimeMs, 0),
          memoryUsedMb: report.memoryUsedMb,
          passedTests: passed,
          score: scoreOf(challenge.points, passed, tests.length),
        },
        select: submissionSelect,
      });
      await this.recordActivity(viewer.id, firstAccepted, now);
      return { submission };
    } finally {
      this.judging.delete(viewer.id);
    }
  }

  /**
   * Submissions to a challenge, newest first: the viewer's own; the course's instructor and
   * admins read everyone's (or one student's). Another student's without that right: FORBIDDEN.
   */
  async list(viewer: Viewer, args: { challengeId: string; studentId: string | null }, page: PageArgs) {
    const prisma = this.deps.prisma;
    const challenge = await prisma.codeChallenge.findUnique({
      where: { id: args.challengeId },
      select: { id: true, courseId: true, lesson: { select: { courseId: true } } },
    });
    const courseId = challenge ? courseIdOf(challenge) : null;
    const course = courseId
      ? await prisma.course.findUnique({
          where: { id: courseId },
          select: { status: true, deletedAt: true, instructorId: true },
        })
      : null;
    if (
      !challenge ||
      !courseId ||
      !course ||
      !canViewCourse(viewer, course, await isEnrolledIn(prisma, viewer, courseId))
    )
      throw notFound("CodeChallenge");
    const everyone = canReadCourseLearners(viewer, course);
    if (args.studentId && args.studentId !== viewer.id && !everyone)
      throw forbidden("Only the course's instructor and admins can read other students' submissions.");
    const studentId = args.studentId ?? (everyone ? null : viewer.id);
    const where = { challengeId: challenge.id, ...(studentId ? { userId: studentId } : {}) };
    return paginate(page, {
      sort: [{ field: "submittedAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        prisma.codeSubmission.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: submissionSelect,
        }),
      count: () => prisma.codeSubmission.count({ where }),
    });
  }

  /** Every submission is a learning day; solving a challenge the first time counts once. */
  private recordActivity(userId: string, solved: boolean, now: Date) {
    return runLearningTransaction(this.deps.prisma, (tx) =>
      recordLearningActivity(tx, userId, { codeChallengesSolved: solved ? 1 : 0 }, now),
    );
  }
}

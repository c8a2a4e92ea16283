import { z } from "zod";
import { isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { forbidden, notFound } from "../../graphql/errors.js";
import { type UserError, UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { storedTestCases } from "../catalog/quiz-question.schema.js";
import { type CodeJudge, JudgeBusyError } from "./code-judge.js";
import { type CodeVerdict, type GivenAnswer, gradeAttempt } from "./grading.rules.js";
import { courseIdOf, requireAccessEnrollment } from "./learner-access.js";
import { canReadLearnerRecord } from "./learning.policy.js";
import { runLearningTransaction } from "./learning-transaction.js";
import { quizFactsSelect } from "./quiz-attempt.service.js";
import { attemptSelect } from "./quiz-attempt.types.js";
import { afterGrading, gradingQuestions, isPastDeadline, saveGrade, toGradable } from "./quiz-grading.js";
import type { LayoutSlot } from "./quiz-layout.js";

const schema = z.object({
  attemptId: z.uuid(),
  answers: z
    .array(
      z.object({
        questionId: z.string(),
        optionIds: z.array(z.string().max(20)).max(26, "At most 26 choices.").nullish(),
        text: z.string().max(2000, "At most 2000 characters.").nullish(),
        code: z.string().max(50_000, "At most 50000 characters of code.").nullish(),
      }),
    )
    .max(500, "At most 500 answers."),
});
type Answers = z.output<typeof schema>["answers"];

/** Limits for code answers in quizzes (challenges carry their own). */
const QUIZ_CODE_LIMITS = { timeLimitMs: 2000, memoryLimitMb: 64 };

const alreadySubmitted = () =>
  new UserErrorsException([
    userError(UserErrorCode.INVALID_STATE, "This attempt was already submitted.", "attemptId"),
  ]);

/** Every answer must name a question of this attempt, once, with choices of that question. */
function checkAnswers(answers: Answers, layout: LayoutSlot[]): UserError[] {
  const slots = new Map(layout.map((s) => [s.questionId, s]));
  const seen = new Set<string>();
  const errors: UserError[] = [];
  answers.forEach((a, i) => {
    const slot = slots.get(a.questionId);
    if (!slot)
      errors.push(
        userError(UserErrorCode.INVALID, "Not a question of this attempt.", `answers.${i}.questionId`),
      );
    else if (seen.has(a.questionId))
      errors.push(
        userError(UserErrorCode.INVALID, "This question is answered twice.", `answers.${i}.questionId`),
      );
    else if (a.optionIds?.some((id) => !slot.optionOrder?.includes(id)))
      errors.push(
        userError(UserErrorCode.INVALID, "Not a choice of this question.", `answers.${i}.optionIds`),
      );
    seen.add(a.questionId);
  });
  return errors;
}

/** Grading of submitted attempts on the server, exactly once per attempt. */
export class QuizSubmitService {
  constructor(private readonly deps: { prisma: CampusPrisma; judge: CodeJudge }) {}

  async submit(viewer: Viewer, input: unknown) {
    const data = parseInput(schema, input);
    const prisma = this.deps.prisma;
    const attempt = await prisma.quizAttempt.findUnique({
      where: { id: data.attemptId },
      select: attemptSelect,
    });
    const quiz =
      attempt && (await prisma.quiz.findUnique({ where: { id: attempt.quizId }, select: quizFactsSelect }));
    const courseId = quiz ? courseIdOf(quiz) : null;
    if (!attempt || !quiz || !courseId) throw notFound("QuizAttempt");
    if (!isSelf(viewer, attempt.userId)) {
      const course = await prisma.course.findUnique({
        where: { id: courseId },
        select: { instructorId: true },
      });
      if (canReadLearnerRecord(viewer, attempt.userId, course))
        throw forbidden("Only the student who started an attempt can submit it.");
      throw notFound("QuizAttempt");
    }
    if (attempt.status !== "IN_PROGRESS") throw alreadySubmitted();
    const { layout, rows } = await gradingQuestions(prisma, attempt);
    const errors = checkAnswers(data.answers, layout);
    if (errors.length > 0) throw new UserErrorsException(errors);

    const now = new Date();
    const late = isPastDeadline(attempt, now);
    const answers = new Map<string, GivenAnswer>(data.answers.map((a) => [a.questionId, a]));
    // Code runs before the transaction (it may take seconds); a losing duplicate submit only wastes it.
    const codeVerdicts = late ? new Map<string, CodeVerdict>() : await this.judgeCode(rows, answers);

    return runLearningTransaction(prisma, async (tx) => {
      const enrollment = await requireAccessEnrollment(tx, viewer, courseId, now, {
        what: "QuizAttempt",
        action: "submit its quizzes",
      });
      const [locked] = await tx.$queryRaw<{ status: string }[]>`
        SELECT status::text AS status FROM quiz_attempts WHERE id = ${attempt.id}::uuid FOR UPDATE`;
      if (locked?.status !== "IN_PROGRESS") throw alreadySubmitted();
      const graded = gradeAttempt({
        layout,
        questions: new Map(rows.map((r) => [r.id, toGradable(r)])),
        answers,
        codeVerdicts,
        passingScore: quiz.passingScore,
        late,
      });
      const saved = await saveGrade(tx, attempt, graded, now, late);
      const settled = await afterGrading(tx, enrollment, quiz, graded, now, { countActivity: true });
      return { attempt: saved, enrollment: settled.enrollment, certificate: settled.certificate };
    });
  }

  /** Runs each JavaScript code answer against its question's tests; other languages are unsupported. */
  private async judgeCode(
    rows: { id: string; questionType: string; testCases: unknown; programmingLanguage: string | null }[],
    answers: Map<string, GivenAnswer>,
  ): Promise<Map<string, CodeVerdict>> {
    const verdicts = new Map<string, CodeVerdict>();
    for (const row of rows) {
      const code = answers.get(row.id)?.code;
      if (row.questionType !== "CODE" || !code) continue;
      if (!this.deps.judge.canRun(row.programmingLanguage ?? "")) {
        verdicts.set(row.id, "unsupported");
        continue;
      }
      try {
        const report = await this.deps.judge.run(code, storedTestCases(row.testCases), QUIZ_CODE_LIMITS);
        const passed = report.tests.length > 0 && report.tests.every((t) => t.outcome === "PASSED");
        verdicts.set(row.id, passed ? "passed" : "failed");
      } catch (error) {
        if (!(error instanceof JudgeBusyError)) throw error;
        throw new UserErrorsException([
          userError(
            UserErrorCode.UNAVAILABLE,
            "The code judge is busy; submit again in a moment.",
            "attemptId",
          ),
        ]);
      }
    }
    return verdicts;
  }
}

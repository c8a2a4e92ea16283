import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { notFound } from "../../graphql/errors.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { optionalText, text, wordList } from "./catalog.schema.js";
import { ChallengeDifficultyEnum, challengeSelect } from "./code-challenge.types.js";
import { auditIfAdmin, lockEditableCourse, type Tx } from "./course-lock.js";

const between = (label: string, min: number, max: number) =>
  z
    .number()
    .int()
    .refine((v) => v >= min && v <= max, `${label} must be between ${min} and ${max}.`);

/** {language: code}, e.g. {"javascript": "…"}. */
const codeByLanguage = z
  .record(
    z.string().regex(/^[a-z0-9+#.-]{1,30}$/, "Languages are lowercase names such as javascript."),
    z.string().max(50_000),
  )
  .refine((v) => Object.keys(v).length <= 20, "At most 20 languages.");

const tests = z
  .array(
    z.object({
      input: z.string().max(10_000),
      expectedOutput: z.string().max(10_000),
      isHidden: z.boolean().nullish(),
    }),
  )
  .min(1, "Give at least one test.")
  .max(100, "At most 100 tests.")
  .transform((list) =>
    list.map((t) => ({ input: t.input, expected_output: t.expectedOutput, is_hidden: t.isHidden ?? true })),
  );

const fields = {
  category: optionalText("Category", 100),
  examples: optionalText("Examples", 20_000),
  constraints: optionalText("Constraints", 5000),
  starterCode: codeByLanguage.nullish(),
  solutionCode: codeByLanguage.nullish(),
  timeLimitMs: between("The time limit", 100, 30_000).nullish(),
  memoryLimitMb: between("The memory limit", 16, 1024).nullish(),
  points: between("Points", 0, 10_000).nullish(),
};
const required = {
  description: text("Description", 2000),
  difficulty: z.enum(ChallengeDifficultyEnum),
  problemStatement: text("The problem statement", 50_000),
  supportedLanguages: wordList("Languages", 20, true).refine(
    (v) => v.length > 0,
    "Name at least one language.",
  ),
  testCases: tests,
};
const createSchema = z.object({
  courseId: z.uuid(),
  lessonId: z.uuid().nullish(),
  title: text("Title", 200),
  ...required,
  ...fields,
});
const updateSchema = z.object({
  challengeId: z.uuid(),
  title: text("Title", 200).nullish(),
  description: required.description.nullish(),
  difficulty: required.difficulty.nullish(),
  problemStatement: required.problemStatement.nullish(),
  supportedLanguages: required.supportedLanguages.nullish(),
  testCases: tests.nullish(),
  ...fields,
});

const JSON_COLUMNS = new Set(["starterCode", "solutionCode"]);
const CLEARABLE = new Set(["category", "examples", "constraints", "starterCode", "solutionCode"]);
/** Given values; null clears clearable columns (JSON ones through DbNull) and is ignored elsewhere. */
const changes = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([k, v]) => v !== undefined && (v !== null || CLEARABLE.has(k)))
      .map(([k, v]) => [k, v === null && JSON_COLUMNS.has(k) ? Prisma.DbNull : v]),
  );

/** Code challenge authoring; tests and solutions stay private to the instructor (see the resolver). */
export class CodeChallengeService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  create(viewer: Viewer, input: unknown) {
    const { courseId, lessonId, ...data } = parseInput(createSchema, input);
    return this.inCourse(viewer, courseId, "code_challenge.create", async (tx) => {
      if (
        lessonId &&
        (await tx.lesson.findUnique({ where: { id: lessonId }, select: { courseId: true } }))?.courseId !==
          courseId
      )
        throw new UserErrorsException([
          userError(UserErrorCode.INVALID, "The lesson is not part of this course.", "lessonId"),
        ]);
      const row = await tx.codeChallenge.create({
        data: {
          ...(changes(data) as Prisma.CodeChallengeUncheckedCreateInput),
          courseId,
          lessonId: lessonId ?? null,
        },
        select: { id: true },
      });
      return row.id;
    });
  }

  async update(viewer: Viewer, input: unknown) {
    const { challengeId, ...data } = parseInput(updateSchema, input);
    return this.inCourse(viewer, await this.courseOf(challengeId), "code_challenge.update", async (tx) => {
      await tx.codeChallenge.update({ where: { id: challengeId }, data: changes(data) });
      return challengeId;
    });
  }

  /** A challenge with submissions is kept: deleting it would erase students' work. */
  async delete(viewer: Viewer, input: unknown) {
    const { challengeId } = parseInput(z.object({ challengeId: z.uuid() }), input);
    return this.inCourse(viewer, await this.courseOf(challengeId), "code_challenge.delete", async (tx) => {
      if ((await tx.codeSubmission.count({ where: { challengeId } })) > 0)
        throw new UserErrorsException([
          userError(
            UserErrorCode.INVALID_STATE,
            "Students have submitted solutions; it cannot be deleted.",
            "challengeId",
          ),
        ]);
      await tx.codeChallenge.delete({ where: { id: challengeId } });
      return null;
    });
  }

  private inCourse(
    viewer: Viewer,
    courseId: string,
    action: string,
    change: (tx: Tx) => Promise<string | null>,
  ) {
    return this.deps.prisma.$transaction(async (tx) => {
      const course = await lockEditableCourse(tx, viewer, courseId);
      const id = await change(tx);
      const challenge = id
        ? await tx.codeChallenge.findUniqueOrThrow({ where: { id }, select: challengeSelect })
        : null;
      await auditIfAdmin(tx, viewer, course, {
        action,
        entityType: "code_challenge",
        entityId: id ?? courseId,
        oldValues: null,
        newValues: challenge,
      });
      return { challenge };
    });
  }

  private async courseOf(challengeId: string): Promise<string> {
    const found = await this.deps.prisma.codeChallenge.findUnique({
      where: { id: challengeId },
      select: challengeSelect,
    });
    const courseId = found?.courseId ?? found?.lesson?.courseId;
    if (!courseId) throw notFound("CodeChallenge");
    return courseId;
  }
}

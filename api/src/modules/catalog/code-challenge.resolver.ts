import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { toPayload } from "../../graphql/payload.js";
import { JSONScalar } from "../../graphql/scalars.js";
import { assessmentAccess } from "./assessment-access.js";
import type { CourseRow } from "./catalog.loaders.js";
import { Course, type CourseSource } from "./catalog.types.js";
import { challengesByCourse, challengesByLesson } from "./code-challenge.loaders.js";
import {
  type ChallengeRow,
  CodeChallenge,
  CodeChallengePayload,
  CreateCodeChallengeInput,
  DeleteCodeChallengeInput,
  UpdateCodeChallengeInput,
} from "./code-challenge.types.js";
import { Lesson, type LessonRow } from "./curriculum.types.js";
import { optionalId, requireId } from "./ids.js";
import { CodeTestCase } from "./quiz.types.js";
import { storedTestCases } from "./quiz-question.schema.js";

const empty = { challenge: null, deletedChallengeId: null };

@Resolver(() => Course)
export class CourseChallengesResolver {
  @FieldResolver(() => [CodeChallenge], { description: "The course's code challenges, oldest first." })
  codeChallenges(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<ChallengeRow[]> {
    return challengesByCourse(ctx).load(course.id);
  }
}

@Resolver(() => Lesson)
export class LessonChallengesResolver {
  @FieldResolver(() => [CodeChallenge], { description: "Code challenges attached to the lesson." })
  codeChallenges(@Root() lesson: LessonRow, @Ctx() ctx: AppContext): Promise<ChallengeRow[]> {
    return challengesByLesson(ctx).load(lesson.id);
  }
}

@Resolver(() => CodeChallenge)
export class CodeChallengeResolver {
  @FieldResolver(() => Course, { nullable: true, description: "The course of the challenge." })
  async course(@Root() challenge: ChallengeRow, @Ctx() ctx: AppContext): Promise<CourseRow | null> {
    return (await assessmentAccess(ctx, challenge)).course;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Problem statement (Markdown); null unless the viewer may read the course content.",
  })
  async problemStatement(@Root() challenge: ChallengeRow, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await assessmentAccess(ctx, challenge)).canReadContent ? challenge.problemStatement : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Input/output examples; null unless the viewer may read the content.",
  })
  async examples(@Root() challenge: ChallengeRow, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await assessmentAccess(ctx, challenge)).canReadContent ? challenge.examples : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Constraints on the input; null unless the viewer may read the content.",
  })
  async constraints(@Root() challenge: ChallengeRow, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await assessmentAccess(ctx, challenge)).canReadContent ? challenge.constraints : null;
  }

  @FieldResolver(() => JSONScalar, {
    nullable: true,
    description: "Starter code per language; null unless the viewer may read the content.",
  })
  async starterCode(@Root() challenge: ChallengeRow, @Ctx() ctx: AppContext): Promise<unknown> {
    return (await assessmentAccess(ctx, challenge)).canReadContent ? challenge.starterCode : null;
  }

  @FieldResolver(() => [CodeTestCase], {
    nullable: true,
    description: "The visible (sample) tests; null unless the viewer may read the content.",
  })
  async sampleTests(@Root() challenge: ChallengeRow, @Ctx() ctx: AppContext): Promise<CodeTestCase[] | null> {
    if (!(await assessmentAccess(ctx, challenge)).canReadContent) return null;
    return storedTestCases(challenge.testCases).filter((t) => !t.isHidden);
  }

  @FieldResolver(() => [CodeTestCase], {
    nullable: true,
    description: "Every test, hidden ones included; instructor and admins only.",
  })
  async testCases(@Root() challenge: ChallengeRow, @Ctx() ctx: AppContext): Promise<CodeTestCase[] | null> {
    return (await assessmentAccess(ctx, challenge)).canReadAnswers
      ? storedTestCases(challenge.testCases)
      : null;
  }

  @FieldResolver(() => JSONScalar, {
    nullable: true,
    description: "Reference solution per language; instructor and admins only.",
  })
  async solutionCode(@Root() challenge: ChallengeRow, @Ctx() ctx: AppContext): Promise<unknown> {
    return (await assessmentAccess(ctx, challenge)).canReadAnswers ? challenge.solutionCode : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may edit the challenge." })
  async viewerCanEdit(@Root() challenge: ChallengeRow, @Ctx() ctx: AppContext): Promise<boolean> {
    return (await assessmentAccess(ctx, challenge)).canEdit;
  }

  @Authorized()
  @Mutation(() => CodeChallengePayload, {
    description: "Create a code challenge with its statement, starter code and hidden tests.",
  })
  async createCodeChallenge(
    @Arg("input", () => CreateCodeChallengeInput) input: CreateCodeChallengeInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const ids = {
      courseId: requireId("Course", input.courseId),
      lessonId: optionalId("Lesson", input.lessonId),
    };
    return toPayload(
      async () => ({
        ...(await ctx.services.codeChallenges.create(viewer, { ...input, ...ids })),
        deletedChallengeId: null,
      }),
      empty,
    );
  }

  @Authorized()
  @Mutation(() => CodeChallengePayload, { description: "Change a code challenge." })
  async updateCodeChallenge(
    @Arg("input", () => UpdateCodeChallengeInput) input: UpdateCodeChallengeInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const challengeId = requireId("CodeChallenge", input.challengeId);
    return toPayload(
      async () => ({
        ...(await ctx.services.codeChallenges.update(viewer, { ...input, challengeId })),
        deletedChallengeId: null,
      }),
      empty,
    );
  }

  @Authorized()
  @Mutation(() => CodeChallengePayload, { description: "Delete a code challenge nobody has submitted to." })
  async deleteCodeChallenge(
    @Arg("input", () => DeleteCodeChallengeInput) input: DeleteCodeChallengeInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const challengeId = requireId("CodeChallenge", input.challengeId);
    return toPayload(async () => {
      await ctx.services.codeChallenges.delete(viewer, { challengeId });
      return { challenge: null, deletedChallengeId: toGlobalId("CodeChallenge", challengeId) };
    }, empty);
  }
}

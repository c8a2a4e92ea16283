import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { isSelf } from "../../auth/policy.js";
import type { AppContext } from "../../context.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { courseById } from "../catalog/catalog.loaders.js";
import { optionalId, requireId } from "../catalog/ids.js";
import { questionById, questionsByQuiz, quizById } from "../catalog/quiz.loaders.js";
import { Quiz, type QuizRow } from "../catalog/quiz.types.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { attemptReveal } from "./answer-reveal.js";
import { courseIdOf } from "./learner-access.js";
import { StartQuizAttemptPayload, SubmitQuizAttemptPayload } from "./quiz-attempt.payloads.js";
import {
  AttemptQuestion,
  type AttemptRow,
  QuizAttempt,
  QuizAttemptConnection,
  StartQuizAttemptInput,
  SubmitQuizAttemptInput,
} from "./quiz-attempt.types.js";
import { attemptQuestions } from "./quiz-attempt.view.js";
import { layoutOrDefault, parseLayout } from "./quiz-layout.js";

/** The attempt's layout and its questions still in the quiz, batched with every other attempt of the request. */
async function questionsOf(ctx: AppContext, attempt: AttemptRow) {
  const stored = parseLayout(attempt.answers);
  const layout =
    stored.length > 0 ? stored : layoutOrDefault([], await questionsByQuiz(ctx).load(attempt.quizId));
  const rows = await questionById(ctx).loadMany(layout.map((s) => s.questionId));
  const questions = new Map(rows.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r] as const] : [])));
  return { layout, questions };
}

@Resolver(() => QuizAttempt)
export class QuizAttemptResolver {
  @Authorized()
  @Mutation(() => StartQuizAttemptPayload, {
    description:
      "Start an attempt at a quiz (or resume the unfinished one), within its maxAttempts. Questions and choices come in this attempt's own order; answers stay hidden.",
  })
  async startQuizAttempt(
    @Arg("input", () => StartQuizAttemptInput) input: StartQuizAttemptInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const quizId = requireId("Quiz", input.quizId);
    return toPayload(() => ctx.services.quizAttempts.start(viewer, { quizId }), {
      attempt: null,
      resumed: null,
    });
  }

  @Authorized()
  @Mutation(() => SubmitQuizAttemptPayload, {
    description:
      "Submit an attempt's answers. Graded on the server, once; past the time limit the answers are kept but earn nothing.",
  })
  async submitQuizAttempt(
    @Arg("input", () => SubmitQuizAttemptInput) input: SubmitQuizAttemptInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const attemptId = requireId("QuizAttempt", input.attemptId);
    // Ids that are not question ids stay as given, so validation reports them at their index.
    const answers = input.answers.map((a) => ({
      ...a,
      questionId: fromGlobalIdOf("QuizQuestion", a.questionId) ?? a.questionId,
    }));
    return toPayload(() => ctx.services.quizSubmissions.submit(viewer, { attemptId, answers }), {
      attempt: null,
      enrollment: null,
      certificate: null,
    });
  }

  @Query(() => QuizAttemptConnection, {
    description:
      "Attempts at a quiz, newest first: the viewer's own; the course's instructor and admins see every student's (or one's, with studentId).",
  })
  async quizAttempts(
    @Arg("quizId", () => ID, { description: "The quiz." }) quizId: string,
    @Arg("studentId", () => ID, { nullable: true, description: "Only this student's attempts." }) studentId:
      | string
      | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const args = { quizId: requireId("Quiz", quizId), studentId: optionalId("User", studentId) };
    return ctx.services.quizAttempts.list(viewer, args, page);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Points earned; null until graded." })
  score(@Root() attempt: AttemptRow): number | null {
    return attempt.score?.toNumber() ?? null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Score as a percentage 0–100; null until graded.",
  })
  percentage(@Root() attempt: AttemptRow): number | null {
    return attempt.percentage?.toNumber() ?? null;
  }

  @FieldResolver(() => Int, { description: "Points the attempt's questions are worth." })
  async maxScore(@Root() attempt: AttemptRow, @Ctx() ctx: AppContext): Promise<number> {
    return [...(await questionsOf(ctx, attempt)).questions.values()].reduce((sum, q) => sum + q.points, 0);
  }

  @FieldResolver(() => [AttemptQuestion], {
    description:
      "The questions in this attempt's order; corrections only as the quiz's showCorrectAnswers allows.",
  })
  async questions(@Root() attempt: AttemptRow, @Ctx() ctx: AppContext): Promise<AttemptQuestion[]> {
    const quiz = await quizById(ctx).load(attempt.quizId);
    const courseId = quiz ? courseIdOf(quiz) : null;
    const course = courseId ? await courseById(ctx).load(courseId) : null;
    const reveal = quiz
      ? attemptReveal(await ctx.viewer(), attempt, quiz, course)
      : { correctness: false, answerKey: false };
    const { layout, questions } = await questionsOf(ctx, attempt);
    return attemptQuestions(attempt, layout, questions, reveal);
  }

  @FieldResolver(() => Quiz, { nullable: true, description: "The quiz." })
  quiz(@Root() attempt: AttemptRow, @Ctx() ctx: AppContext): Promise<QuizRow | null> {
    return quizById(ctx).load(attempt.quizId);
  }

  @FieldResolver(() => User, { nullable: true, description: "The student who made the attempt." })
  student(@Root() attempt: AttemptRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(attempt.userId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may submit it (their own, still open)." })
  async viewerCanSubmit(@Root() attempt: AttemptRow, @Ctx() ctx: AppContext): Promise<boolean> {
    return attempt.status === "IN_PROGRESS" && isSelf(await ctx.viewer(), attempt.userId);
  }
}

import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { toPayload } from "../../graphql/payload.js";
import { listIds, optionalId, requireId } from "./ids.js";
import {
  AddQuizQuestionInput,
  CreateQuizInput,
  DeleteQuizQuestionInput,
  QuizIdInput,
  QuizPayload,
  ReorderQuizQuestionsInput,
  UpdateQuizInput,
  UpdateQuizQuestionInput,
} from "./quiz-authoring.types.js";

const empty = { quiz: null, question: null, deletedId: null };

type Result = { quiz: unknown; question: unknown; deletedId: string | null };
const shaped = (type: string) => async (work: Promise<Result>) => {
  const r = await work;
  return { ...r, deletedId: r.deletedId ? toGlobalId(type, r.deletedId) : null };
};

/** Quiz authoring mutations; rules and authorization are in QuizAuthoringService. */
@Resolver()
export class QuizAuthoringResolver {
  @Authorized()
  @Mutation(() => QuizPayload, { description: "Create a quiz in a course you may edit." })
  async createQuiz(@Arg("input", () => CreateQuizInput) input: CreateQuizInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    const ids = {
      courseId: requireId("Course", input.courseId),
      lessonId: optionalId("Lesson", input.lessonId),
    };
    return toPayload(() => ctx.services.quizzes.createQuiz(viewer, { ...input, ...ids }), empty);
  }

  @Authorized()
  @Mutation(() => QuizPayload, { description: "Change a quiz's settings." })
  async updateQuiz(@Arg("input", () => UpdateQuizInput) input: UpdateQuizInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    const quizId = requireId("Quiz", input.quizId);
    return toPayload(() => ctx.services.quizzes.updateQuiz(viewer, { ...input, quizId }), empty);
  }

  @Authorized()
  @Mutation(() => QuizPayload, { description: "Delete a quiz nobody has attempted yet." })
  async deleteQuiz(@Arg("input", () => QuizIdInput) input: QuizIdInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    const quizId = requireId("Quiz", input.quizId);
    return toPayload(() => shaped("Quiz")(ctx.services.quizzes.deleteQuiz(viewer, { quizId })), empty);
  }

  @Authorized()
  @Mutation(() => QuizPayload, {
    description: "Add a question (any of the four types) at the end of a quiz.",
  })
  async addQuizQuestion(
    @Arg("input", () => AddQuizQuestionInput) input: AddQuizQuestionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const quizId = requireId("Quiz", input.quizId);
    return toPayload(() => ctx.services.quizzes.addQuestion(viewer, { ...input, quizId }), empty);
  }

  @Authorized()
  @Mutation(() => QuizPayload, {
    description: "Change a question; the result must still be a valid question of its type.",
  })
  async updateQuizQuestion(
    @Arg("input", () => UpdateQuizQuestionInput) input: UpdateQuizQuestionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const questionId = requireId("QuizQuestion", input.questionId);
    return toPayload(() => ctx.services.quizzes.updateQuestion(viewer, { ...input, questionId }), empty);
  }

  @Authorized()
  @Mutation(() => QuizPayload, { description: "Delete a question." })
  async deleteQuizQuestion(
    @Arg("input", () => DeleteQuizQuestionInput) input: DeleteQuizQuestionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const questionId = requireId("QuizQuestion", input.questionId);
    return toPayload(
      () => shaped("QuizQuestion")(ctx.services.quizzes.deleteQuestion(viewer, { questionId })),
      empty,
    );
  }

  @Authorized()
  @Mutation(() => QuizPayload, { description: "Put a quiz's questions in a new order (list them all)." })
  async reorderQuizQuestions(
    @Arg("input", () => ReorderQuizQuestionsInput) input: ReorderQuizQuestionsInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const quizId = requireId("Quiz", input.quizId);
    const questionIds = listIds("QuizQuestion", input.questionIds);
    return toPayload(() => ctx.services.quizzes.reorderQuestions(viewer, { quizId, questionIds }), empty);
  }
}

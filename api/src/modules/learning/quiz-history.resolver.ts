import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { Quiz, type QuizRow } from "../catalog/quiz.types.js";
import { viewerAttemptsByQuiz } from "./quiz-attempt.loaders.js";
import { type AttemptRow, QuizAttempt } from "./quiz-attempt.types.js";

@Resolver(() => Quiz)
export class QuizViewerAttemptsResolver {
  @FieldResolver(() => [QuizAttempt], {
    description: "The viewer's attempts at the quiz, first attempt first.",
  })
  viewerAttempts(@Root() quiz: QuizRow, @Ctx() ctx: AppContext): Promise<AttemptRow[]> {
    return viewerAttemptsByQuiz(ctx).load(quiz.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Attempts the viewer may still start; null when unlimited.",
  })
  async viewerAttemptsLeft(@Root() quiz: QuizRow, @Ctx() ctx: AppContext): Promise<number | null> {
    if (quiz.maxAttempts === null) return null;
    const used = (await viewerAttemptsByQuiz(ctx).load(quiz.id)).length;
    return Math.max(0, quiz.maxAttempts - used);
  }
}

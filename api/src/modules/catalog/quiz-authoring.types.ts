import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/user-error.js";
import {
  type QuestionRow,
  QuestionTypeEnum,
  Quiz,
  QuizQuestion,
  type QuizRow,
  QuizTypeEnum,
  ShowCorrectAnswersEnum,
} from "./quiz.types.js";

@InputType({ description: "Quiz settings shared by createQuiz and updateQuiz." })
export class QuizFieldsInput {
  @Field(() => String, { nullable: true, description: "What it covers." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Instructions shown before starting." })
  instructions?: string | null;

  @Field(() => QuizTypeEnum, { nullable: true, description: "What it counts for (default GRADED)." })
  quizType?: QuizTypeEnum | null;

  @Field(() => Int, { nullable: true, description: "Percentage needed to pass, 0–100 (default 70)." })
  passingScore?: number | null;

  @Field(() => Int, { nullable: true, description: "Time limit in minutes; null: none." })
  timeLimitMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Attempts allowed; null: unlimited (default 3)." })
  maxAttempts?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Shuffle question order per attempt." })
  randomizeQuestions?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Shuffle option order per attempt." })
  randomizeAnswers?: boolean | null;

  @Field(() => ShowCorrectAnswersEnum, { nullable: true, description: "When students see the answers." })
  showCorrectAnswers?: ShowCorrectAnswersEnum | null;
}

@InputType({
  description: "Create a quiz in a course you may edit, optionally attached to one of its lessons.",
})
export class CreateQuizInput extends QuizFieldsInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;

  @Field(() => ID, { nullable: true, description: "A lesson of that course." })
  lessonId?: string | null;

  @Field(() => String, { description: "Title." })
  title!: string;
}

@InputType({ description: "Change a quiz's settings; omitted fields stay as they are." })
export class UpdateQuizInput extends QuizFieldsInput {
  @Field(() => ID, { description: "The quiz." })
  quizId!: string;

  @Field(() => String, { nullable: true, description: "Title." })
  title?: string | null;
}

@InputType({ description: "Identifies a quiz." })
export class QuizIdInput {
  @Field(() => ID, { description: "The quiz." })
  quizId!: string;
}

@InputType({ description: "A choice of a multiple-choice question." })
export class QuizOptionInput {
  @Field(() => String, { description: "Text of the choice." })
  text!: string;

  @Field(() => Boolean, { description: "Whether it is a correct choice." })
  isCorrect!: boolean;
}

@InputType({ description: "A test case of a code question." })
export class QuizTestCaseInput {
  @Field(() => String, { description: "Input given to the code." })
  input!: string;

  @Field(() => String, { description: "Output expected from it." })
  expectedOutput!: string;
}

@InputType({
  description:
    "Question fields. MULTIPLE_CHOICE needs options (≥ 2, ≥ 1 correct); TRUE_FALSE correctAnswer; SHORT_ANSWER acceptedAnswers; CODE programmingLanguage and testCases.",
})
export class QuizQuestionFieldsInput {
  @Field(() => String, { nullable: true, description: "The question (required when adding)." })
  questionText?: string | null;

  @Field(() => QuestionTypeEnum, {
    nullable: true,
    description: "How it is answered (required when adding).",
  })
  questionType?: QuestionTypeEnum | null;

  @Field(() => Int, { nullable: true, description: "Points it is worth (default 1)." })
  points?: number | null;

  @Field(() => String, { nullable: true, description: "Explanation shown with the answers." })
  explanation?: string | null;

  @Field(() => String, { nullable: true, description: "Hint students may reveal." })
  hint?: string | null;

  @Field(() => [QuizOptionInput], { nullable: true, description: "MULTIPLE_CHOICE: the choices, in order." })
  options?: QuizOptionInput[] | null;

  @Field(() => Boolean, { nullable: true, description: "TRUE_FALSE: whether the statement is true." })
  correctAnswer?: boolean | null;

  @Field(() => [String], { nullable: true, description: "SHORT_ANSWER: answers accepted as correct." })
  acceptedAnswers?: string[] | null;

  @Field(() => String, { nullable: true, description: "CODE: starting code." })
  codeTemplate?: string | null;

  @Field(() => String, { nullable: true, description: "CODE: programming language, e.g. javascript." })
  programmingLanguage?: string | null;

  @Field(() => [QuizTestCaseInput], { nullable: true, description: "CODE: test cases." })
  testCases?: QuizTestCaseInput[] | null;
}

@InputType({ description: "Add a question at the end of a quiz." })
export class AddQuizQuestionInput extends QuizQuestionFieldsInput {
  @Field(() => ID, { description: "The quiz." })
  quizId!: string;
}

@InputType({
  description: "Change a question; omitted fields stay as they are (the result must be a valid question).",
})
export class UpdateQuizQuestionInput extends QuizQuestionFieldsInput {
  @Field(() => ID, { description: "The question." })
  questionId!: string;
}

@InputType({ description: "Delete a question." })
export class DeleteQuizQuestionInput {
  @Field(() => ID, { description: "The question." })
  questionId!: string;
}

@InputType({ description: "Put a quiz's questions in a new order." })
export class ReorderQuizQuestionsInput {
  @Field(() => ID, { description: "The quiz." })
  quizId!: string;

  @Field(() => [ID], { description: "Every question of the quiz, exactly once, in the new order." })
  questionIds!: string[];
}

@ObjectType({ description: "Result of a quiz mutation." })
export class QuizPayload {
  @Field(() => Quiz, { nullable: true, description: "The quiz as saved (with its totals)." })
  quiz!: QuizRow | null;

  @Field(() => QuizQuestion, { nullable: true, description: "The question added or changed, if any." })
  question!: QuestionRow | null;

  @Field(() => ID, { nullable: true, description: "Global id of what was deleted, if anything." })
  deletedId!: string | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

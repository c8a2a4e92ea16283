import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";

export enum QuizTypeEnum {
  PRACTICE = "PRACTICE",
  GRADED = "GRADED",
  FINAL_EXAM = "FINAL_EXAM",
}
registerEnumType(QuizTypeEnum, { name: "QuizType", description: "What a quiz counts for." });

export enum QuestionTypeEnum {
  MULTIPLE_CHOICE = "MULTIPLE_CHOICE",
  TRUE_FALSE = "TRUE_FALSE",
  SHORT_ANSWER = "SHORT_ANSWER",
  CODE = "CODE",
}
registerEnumType(QuestionTypeEnum, { name: "QuestionType", description: "How a quiz question is answered." });

export enum ShowCorrectAnswersEnum {
  IMMEDIATELY = "IMMEDIATELY",
  AFTER_SUBMISSION = "AFTER_SUBMISSION",
  NEVER = "NEVER",
}
registerEnumType(ShowCorrectAnswersEnum, {
  name: "ShowCorrectAnswers",
  description: "When students see the correct answers of a quiz.",
});

export const quizSelect = {
  id: true,
  courseId: true,
  lessonId: true,
  title: true,
  description: true,
  instructions: true,
  quizType: true,
  passingScore: true,
  timeLimitMinutes: true,
  maxAttempts: true,
  randomizeQuestions: true,
  randomizeAnswers: true,
  showCorrectAnswers: true,
  totalPoints: true,
  questionCount: true,
  createdAt: true,
  updatedAt: true,
  lesson: { select: { courseId: true, isPreview: true } },
} as const;
export type QuizRow = Prisma.QuizGetPayload<{ select: typeof quizSelect }>;

export const questionSelect = {
  id: true,
  quizId: true,
  questionText: true,
  questionType: true,
  explanation: true,
  hint: true,
  options: true,
  codeTemplate: true,
  testCases: true,
  programmingLanguage: true,
  points: true,
  position: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type QuestionRow = Prisma.QuizQuestionGetPayload<{ select: typeof questionSelect }>;

/** The course a quiz belongs to (a lesson quiz may only name its lesson). */
export const courseIdOfQuiz = (quiz: QuizRow): string | null =>
  quiz.courseId ?? quiz.lesson?.courseId ?? null;

@ObjectType({
  implements: Node,
  description:
    "A quiz of a course or lesson. Its questions are for the course's readers; answers for its instructor and admins.",
})
export class Quiz extends Node {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What it covers." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Instructions shown before starting." })
  instructions!: string | null;

  @Field(() => QuizTypeEnum, { description: "What the quiz counts for." })
  quizType!: QuizTypeEnum;

  @Field(() => Int, { description: "Percentage needed to pass (0–100)." })
  passingScore!: number;

  @Field(() => Int, { nullable: true, description: "Time limit in minutes; null: none." })
  timeLimitMinutes!: number | null;

  @Field(() => Int, { nullable: true, description: "Attempts allowed; null: unlimited." })
  maxAttempts!: number | null;

  @Field(() => Boolean, { description: "Whether question order is shuffled per attempt." })
  randomizeQuestions!: boolean;

  @Field(() => Boolean, { description: "Whether option order is shuffled per attempt." })
  randomizeAnswers!: boolean;

  @Field(() => ShowCorrectAnswersEnum, { description: "When students see the correct answers." })
  showCorrectAnswers!: ShowCorrectAnswersEnum;

  @Field(() => Int, { description: "Sum of the questions' points." })
  totalPoints!: number;

  @Field(() => Int, { description: "Number of questions." })
  questionCount!: number;

  @Field(() => DateTimeScalar, { description: "When the quiz was created." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the quiz last changed." })
  updatedAt!: Date;
}

@ObjectType({ description: "A choice of a multiple-choice or true/false question." })
export class QuizOption {
  @Field(() => String, { description: "Identifier of the choice within its question, e.g. a." })
  id!: string;

  @Field(() => String, { description: "Text of the choice." })
  text!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether it is correct; null unless the viewer may read the answers.",
  })
  isCorrect!: boolean | null;
}

@ObjectType({ description: "A test case of a code question." })
export class CodeTestCase {
  @Field(() => String, { description: "Input given to the code." })
  input!: string;

  @Field(() => String, { description: "Output expected from it." })
  expectedOutput!: string;

  @Field(() => Boolean, { description: "Whether students never see it (code challenges)." })
  isHidden!: boolean;
}

@ObjectType({ implements: Node, description: "A question of a quiz." })
export class QuizQuestion extends Node {
  @Field(() => String, { description: "The question." })
  questionText!: string;

  @Field(() => QuestionTypeEnum, { description: "How it is answered." })
  questionType!: QuestionTypeEnum;

  @Field(() => String, { nullable: true, description: "A hint students may reveal." })
  hint!: string | null;

  @Field(() => Int, { description: "Points it is worth." })
  points!: number;

  @Field(() => Int, { description: "Place in the quiz, ascending." })
  position!: number;

  @Field(() => String, { nullable: true, description: "Starting code of a code question." })
  codeTemplate!: string | null;

  @Field(() => String, { nullable: true, description: "Language of a code question." })
  programmingLanguage!: string | null;
}

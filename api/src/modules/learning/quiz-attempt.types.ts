import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { QuestionTypeEnum } from "../catalog/quiz.types.js";
import { QuizAttemptStatusEnum } from "./learning.enums.js";

export const attemptSelect = {
  id: true,
  userId: true,
  quizId: true,
  enrollmentId: true,
  attemptNumber: true,
  startedAt: true,
  deadlineAt: true,
  submittedAt: true,
  submittedLate: true,
  timeSpentMinutes: true,
  score: true,
  percentage: true,
  passed: true,
  answers: true,
  status: true,
  createdAt: true,
} as const;
export type AttemptRow = Prisma.QuizAttemptGetPayload<{ select: typeof attemptSelect }>;

@ObjectType({
  implements: Node,
  description:
    "One attempt of a student at a quiz, graded on the server. Visible to the student, the course's instructor and admins.",
})
export class QuizAttempt extends Node {
  @Field(() => Int, { description: "1 for the first attempt at this quiz, then 2, 3…" })
  attemptNumber!: number;

  @Field(() => QuizAttemptStatusEnum, { description: "Where the attempt stands." })
  status!: QuizAttemptStatusEnum;

  @Field(() => DateTimeScalar, { description: "When it started." })
  startedAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the time limit runs out; null without a time limit. Later answers earn nothing.",
  })
  deadlineAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When it was submitted (or closed at its deadline).",
  })
  submittedAt!: Date | null;

  @Field(() => Boolean, {
    description: "Submitted after the time limit (or never): answers were kept but not counted.",
  })
  submittedLate!: boolean;

  @Field(() => Int, { nullable: true, description: "Minutes from start to submission." })
  timeSpentMinutes!: number | null;

  @Field(() => Boolean, { description: "Whether the percentage reached the quiz's passing score." })
  passed!: boolean;
}

@ObjectType({ description: "A choice as this attempt shows it." })
export class AttemptOption {
  @Field(() => String, { description: "Identifier of the choice, to send in optionIds." })
  id!: string;

  @Field(() => String, { description: "Text of the choice." })
  text!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether it is correct; null until the quiz's showCorrectAnswers policy allows it.",
  })
  isCorrect!: boolean | null;
}

@ObjectType({
  description:
    "A question of an attempt, in the attempt's order, with the student's answer and, when the quiz allows, its correction.",
})
export class AttemptQuestion {
  @Field(() => ID, { description: "Global id of the QuizQuestion, to answer it in submitQuizAttempt." })
  questionId!: string;

  @Field(() => Int, { description: "Place in this attempt, from 1." })
  position!: number;

  @Field(() => String, { description: "The question." })
  questionText!: string;

  @Field(() => QuestionTypeEnum, { description: "How it is answered." })
  questionType!: QuestionTypeEnum;

  @Field(() => Int, { description: "Points it is worth." })
  points!: number;

  @Field(() => String, { nullable: true, description: "A hint the student may reveal." })
  hint!: string | null;

  @Field(() => String, { nullable: true, description: "Starting code of a code question." })
  codeTemplate!: string | null;

  @Field(() => String, { nullable: true, description: "Language of a code question (javascript is graded)." })
  programmingLanguage!: string | null;

  @Field(() => [AttemptOption], { description: "Choices in this attempt's order (empty without choices)." })
  options!: AttemptOption[];

  @Field(() => [String], {
    nullable: true,
    description: "Choices the student picked; null before submission.",
  })
  selectedOptionIds!: string[] | null;

  @Field(() => String, { nullable: true, description: "The student's text or code answer, once submitted." })
  answerText!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the answer was right; null until allowed." })
  isCorrect!: boolean | null;

  @Field(() => Int, { nullable: true, description: "Points earned; null until allowed." })
  pointsEarned!: number | null;

  @Field(() => [String], {
    nullable: true,
    description: "Accepted answers of a short-answer question; null until allowed.",
  })
  acceptedAnswers!: string[] | null;

  @Field(() => String, { nullable: true, description: "Why the answer is right; null until allowed." })
  explanation!: string | null;

  @Field(() => Boolean, {
    description: "A code answer in a language the judge cannot run: never counted as correct.",
  })
  unsupportedLanguage!: boolean;
}

export const QuizAttemptConnection = connectionType(QuizAttempt, "QuizAttempt", "A page of quiz attempts.");

@InputType({ description: "Start (or resume) an attempt at a quiz of a course you are enrolled in." })
export class StartQuizAttemptInput {
  @Field(() => ID, { description: "The quiz." })
  quizId!: string;
}

@InputType({ description: "The answer to one question." })
export class QuizAnswerInput {
  @Field(() => ID, { description: "The question (AttemptQuestion.questionId)." })
  questionId!: string;

  @Field(() => [String], { nullable: true, description: "Chosen option ids (multiple choice, true/false)." })
  optionIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "Text of a short answer." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "Code of a code question." })
  code?: string | null;
}

@InputType({ description: "Submit an attempt's answers for grading; unanswered questions earn nothing." })
export class SubmitQuizAttemptInput {
  @Field(() => ID, { description: "The attempt." })
  attemptId!: string;

  @Field(() => [QuizAnswerInput], { description: "One answer per question, in any order." })
  answers!: QuizAnswerInput[];
}

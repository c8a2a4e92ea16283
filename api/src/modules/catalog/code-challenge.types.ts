import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";

export enum ChallengeDifficultyEnum {
  EASY = "EASY",
  MEDIUM = "MEDIUM",
  HARD = "HARD",
}
registerEnumType(ChallengeDifficultyEnum, {
  name: "ChallengeDifficulty",
  description: "How hard a code challenge is.",
});

export const challengeSelect = {
  id: true,
  courseId: true,
  lessonId: true,
  title: true,
  description: true,
  difficulty: true,
  category: true,
  problemStatement: true,
  examples: true,
  constraints: true,
  supportedLanguages: true,
  starterCode: true,
  solutionCode: true,
  testCases: true,
  timeLimitMs: true,
  memoryLimitMb: true,
  points: true,
  createdAt: true,
  updatedAt: true,
  lesson: { select: { courseId: true, isPreview: true } },
} as const;
export type ChallengeRow = Prisma.CodeChallengeGetPayload<{ select: typeof challengeSelect }>;

@ObjectType({
  implements: Node,
  description:
    "A programming exercise. The statement and sample tests are for the course's readers; hidden tests and the solution for its instructor and admins.",
})
export class CodeChallenge extends Node {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "Short description." })
  description!: string;

  @Field(() => ChallengeDifficultyEnum, { description: "Difficulty." })
  difficulty!: ChallengeDifficultyEnum;

  @Field(() => String, { nullable: true, description: "Category, e.g. algorithms." })
  category!: string | null;

  @Field(() => [String], { description: "Languages a submission may be written in." })
  supportedLanguages!: string[];

  @Field(() => Int, { description: "Time limit per test, in milliseconds." })
  timeLimitMs!: number;

  @Field(() => Int, { description: "Memory limit, in megabytes." })
  memoryLimitMb!: number;

  @Field(() => Int, { description: "Points for solving it." })
  points!: number;

  @Field(() => DateTimeScalar, { description: "When it was created." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When it last changed." })
  updatedAt!: Date;
}

@InputType({ description: "A test of a code challenge." })
export class ChallengeTestCaseInput {
  @Field(() => String, { description: "Input given to the code." })
  input!: string;

  @Field(() => String, { description: "Output expected from it." })
  expectedOutput!: string;

  @Field(() => Boolean, { nullable: true, description: "Hidden from students (default true)." })
  isHidden?: boolean | null;
}

@InputType({ description: "Code challenge fields shared by create and update." })
export class CodeChallengeFieldsInput {
  @Field(() => String, { nullable: true, description: "Short description (required on create)." })
  description?: string | null;

  @Field(() => ChallengeDifficultyEnum, { nullable: true, description: "Difficulty (required on create)." })
  difficulty?: ChallengeDifficultyEnum | null;

  @Field(() => String, { nullable: true, description: "Category." })
  category?: string | null;

  @Field(() => String, { nullable: true, description: "Problem statement, Markdown (required on create)." })
  problemStatement?: string | null;

  @Field(() => String, { nullable: true, description: "Input/output examples." })
  examples?: string | null;

  @Field(() => String, { nullable: true, description: "Constraints on the input." })
  constraints?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Languages accepted, e.g. javascript (required on create).",
  })
  supportedLanguages?: string[] | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Starter code per language, e.g. {"javascript": "function f() {}"}.',
  })
  starterCode?: unknown;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "Reference solution per language; never shown to students.",
  })
  solutionCode?: unknown;

  @Field(() => [ChallengeTestCaseInput], {
    nullable: true,
    description: "Tests (at least one; required on create).",
  })
  testCases?: ChallengeTestCaseInput[] | null;

  @Field(() => Int, { nullable: true, description: "Time limit per test in ms, 100–30000 (default 5000)." })
  timeLimitMs?: number | null;

  @Field(() => Int, { nullable: true, description: "Memory limit in MB, 16–1024 (default 256)." })
  memoryLimitMb?: number | null;

  @Field(() => Int, { nullable: true, description: "Points (default 100)." })
  points?: number | null;
}

@InputType({ description: "Create a code challenge in a course you may edit." })
export class CreateCodeChallengeInput extends CodeChallengeFieldsInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;

  @Field(() => ID, { nullable: true, description: "A lesson of that course." })
  lessonId?: string | null;

  @Field(() => String, { description: "Title." })
  title!: string;
}

@InputType({ description: "Change a code challenge; omitted fields stay as they are." })
export class UpdateCodeChallengeInput extends CodeChallengeFieldsInput {
  @Field(() => ID, { description: "The challenge." })
  challengeId!: string;

  @Field(() => String, { nullable: true, description: "Title." })
  title?: string | null;
}

@InputType({ description: "Delete a code challenge." })
export class DeleteCodeChallengeInput {
  @Field(() => ID, { description: "The challenge." })
  challengeId!: string;
}

@ObjectType({ description: "Result of a code challenge mutation." })
export class CodeChallengePayload {
  @Field(() => CodeChallenge, { nullable: true, description: "The challenge as saved." })
  challenge!: ChallengeRow | null;

  @Field(() => ID, {
    nullable: true,
    description: "Global id of the deleted challenge, when one was deleted.",
  })
  deletedChallengeId!: string | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

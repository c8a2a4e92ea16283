import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { CodeSubmissionStatusEnum } from "./learning.enums.js";

export const submissionSelect = {
  id: true,
  userId: true,
  challengeId: true,
  language: true,
  code: true,
  submittedAt: true,
  status: true,
  testResults: true,
  executionTimeMs: true,
  memoryUsedMb: true,
  passedTests: true,
  totalTests: true,
  score: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type SubmissionRow = Prisma.CodeSubmissionGetPayload<{ select: typeof submissionSelect }>;

export enum CodeTestOutcomeEnum {
  PASSED = "PASSED",
  WRONG_ANSWER = "WRONG_ANSWER",
  TIME_LIMIT = "TIME_LIMIT",
  MEMORY_LIMIT = "MEMORY_LIMIT",
  RUNTIME_ERROR = "RUNTIME_ERROR",
  SKIPPED = "SKIPPED",
}
registerEnumType(CodeTestOutcomeEnum, {
  name: "CodeTestOutcome",
  description: "What happened on one test. SKIPPED: not run, an earlier test hit the time or memory limit.",
});

@ObjectType({
  implements: Node,
  description:
    "Code submitted to a challenge and the judge's verdict. JavaScript runs in an isolated sandbox: export the function to test (default export, your only exported function, or one named solution); it receives the test's input string and its return value is the output (strings as they are, other values as JSON). Other languages are stored and marked UNSUPPORTED. Visible to its author, the course's instructor and admins.",
})
export class CodeSubmission extends Node {
  @Field(() => String, { description: "Language, lowercase (e.g. javascript)." })
  language!: string;

  @Field(() => String, { description: "The submitted code." })
  code!: string;

  @Field(() => CodeSubmissionStatusEnum, { description: "The verdict." })
  status!: CodeSubmissionStatusEnum;

  @Field(() => DateTimeScalar, { description: "When it was submitted." })
  submittedAt!: Date;

  @Field(() => Int, { nullable: true, description: "Total run time of the tests, in ms." })
  executionTimeMs!: number | null;

  @Field(() => Int, { nullable: true, description: "Peak heap used, in MB." })
  memoryUsedMb!: number | null;

  @Field(() => Int, { nullable: true, description: "Tests passed; null when the code could not be judged." })
  passedTests!: number | null;

  @Field(() => Int, { nullable: true, description: "Tests run against it." })
  totalTests!: number | null;

  @Field(() => Int, { nullable: true, description: "Points earned (in proportion to the tests passed)." })
  score!: number | null;
}

@ObjectType({
  description: "The result of one test. Hidden tests show their outcome only, except to the instructor.",
})
export class CodeTestResult {
  @Field(() => Int, { description: "Place of the test, from 1." })
  index!: number;

  @Field(() => CodeTestOutcomeEnum, { description: "What happened." })
  outcome!: CodeTestOutcomeEnum;

  @Field(() => Boolean, { description: "Whether the test passed." })
  passed!: boolean;

  @Field(() => Boolean, { description: "Whether it is a hidden test." })
  isHidden!: boolean;

  @Field(() => Int, { description: "Time taken, in ms." })
  executionTimeMs!: number;

  @Field(() => String, { nullable: true, description: "Input given (null for a hidden test)." })
  input!: string | null;

  @Field(() => String, { nullable: true, description: "Output expected (null for a hidden test)." })
  expectedOutput!: string | null;

  @Field(() => String, { nullable: true, description: "Output returned (null for a hidden test)." })
  actualOutput!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Error raised, or why it was stopped (null for a hidden test).",
  })
  error!: string | null;
}

export const CodeSubmissionConnection = connectionType(
  CodeSubmission,
  "CodeSubmission",
  "A page of code submissions, newest first.",
);

@InputType({ description: "Submit code to a challenge of a course you are enrolled in." })
export class SubmitCodeInput {
  @Field(() => ID, { description: "The challenge." })
  challengeId!: string;

  @Field(() => String, { description: "Language, one the challenge accepts (javascript is judged)." })
  language!: string;

  @Field(() => String, { description: "The code (up to 50,000 characters)." })
  code!: string;
}

@ObjectType({ description: "Result of submitCode." })
export class SubmitCodePayload {
  @Field(() => CodeSubmission, { nullable: true, description: "The judged submission." })
  submission!: SubmissionRow | null;

  @Field(() => [UserError], { description: "Why the code was not accepted for judging." })
  userErrors!: UserError[];
}

import type {
  ChallengeStatement_CodeChallengeFragment as Statement,
  SubmissionResult_CodeSubmissionFragment as Submission,
} from "../../gql/graphql";

type Wire<T> = T & { __typename: string };

type SampleTest = NonNullable<Statement["sampleTests"]>[number];

const sample = (input: string, expectedOutput: string): Wire<SampleTest> => ({
  __typename: "CodeTestCase",
  input,
  expectedOutput,
});

export const CHALLENGE_ID = "Q29kZUNoYWxsZW5nZTox";

/** A challenge as the ChallengePage query returns it (wire format, __typename for the cache). */
export function challengeFixture(
  overrides: Partial<Statement> & {
    supportedLanguages?: string[];
    starterCode?: unknown;
  } = {},
) {
  const statement: Wire<Statement> = {
    __typename: "CodeChallenge",
    id: CHALLENGE_ID,
    description: "Check that every bracket is closed in the right order.",
    difficulty: "MEDIUM",
    points: 100,
    timeLimitMs: 2000,
    memoryLimitMb: 128,
    problemStatement: "Given a string of `()[]{}`, return `true` when the brackets are balanced.",
    examples: 'isBalanced("()[]{}") === true',
    constraints: "0 <= s.length <= 10^4",
    sampleTests: [sample("()[]{}", "true"), sample("([)]", "false")],
    ...overrides,
  };
  return {
    ...statement,
    title: "Balanced brackets",
    supportedLanguages: overrides.supportedLanguages ?? ["javascript", "python"],
    starterCode: overrides.starterCode ?? {
      javascript: "export function isBalanced(s) {\n  return false;\n}\n",
      python: "def is_balanced(s):\n    return False\n",
    },
    course: {
      __typename: "Course",
      id: "Q291cnNlOjE=",
      slug: "typescript-from-zero",
      title: "TypeScript from Zero to Production",
    },
  };
}

type TestResult = Submission["testResults"][number];

const test = (index: number, overrides: Partial<TestResult> = {}): Wire<TestResult> => ({
  __typename: "CodeTestResult",
  index,
  passed: true,
  outcome: "PASSED",
  isHidden: false,
  input: "()[]{}",
  expectedOutput: "true",
  actualOutput: "true",
  error: null,
  executionTimeMs: 3,
  ...overrides,
});

/** A judged submission: the first test passes, the second returns the wrong output, the third is hidden. */
export function submissionFixture(overrides: Partial<Submission> = {}): Wire<Submission> {
  return {
    __typename: "CodeSubmission",
    id: "Q29kZVN1Ym1pc3Npb246MQ==",
    status: "WRONG_ANSWER",
    language: "javascript",
    score: 33,
    passedTests: 1,
    totalTests: 3,
    executionTimeMs: 12,
    submittedAt: "2030-03-04T14:00:00.000Z",
    testResults: [
      test(1),
      test(2, {
        passed: false,
        outcome: "WRONG_ANSWER",
        input: "([)]",
        expectedOutput: "false",
        actualOutput: "true",
      }),
      test(3, {
        passed: false,
        outcome: "RUNTIME_ERROR",
        isHidden: true,
        input: null,
        expectedOutput: null,
        actualOutput: null,
      }),
    ],
    ...overrides,
  };
}

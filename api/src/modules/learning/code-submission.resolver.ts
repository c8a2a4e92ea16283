import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { assessmentAccess } from "../catalog/assessment-access.js";
import { challengeById } from "../catalog/code-challenge.loaders.js";
import { type ChallengeRow, CodeChallenge } from "../catalog/code-challenge.types.js";
import { optionalId, requireId } from "../catalog/ids.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import {
  CodeSubmission,
  CodeSubmissionConnection,
  type CodeTestOutcomeEnum,
  CodeTestResult,
  type SubmissionRow,
  SubmitCodeInput,
  SubmitCodePayload,
} from "./code-submission.types.js";

interface StoredResult {
  passed?: unknown;
  outcome?: unknown;
  input?: unknown;
  expected?: unknown;
  actual?: unknown;
  error?: unknown;
  execution_time?: unknown;
  is_hidden?: unknown;
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

@Resolver(() => CodeSubmission)
export class CodeSubmissionResolver {
  @Authorized()
  @Mutation(() => SubmitCodePayload, {
    description:
      "Submit code to a challenge. JavaScript is judged against the hidden tests in a sandbox (time and memory limits, no file system, process or network); other accepted languages are stored as UNSUPPORTED.",
  })
  async submitCode(@Arg("input", () => SubmitCodeInput) input: SubmitCodeInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    const challengeId = requireId("CodeChallenge", input.challengeId);
    return toPayload(() => ctx.services.codeSubmissions.submit(viewer, { ...input, challengeId }), {
      submission: null,
    });
  }

  @Query(() => CodeSubmissionConnection, {
    description:
      "Submissions to a challenge, newest first: the viewer's own; the course's instructor and admins see every student's (or one's, with studentId).",
  })
  async codeSubmissions(
    @Arg("challengeId", () => ID, { description: "The challenge." }) challengeId: string,
    @Arg("studentId", () => ID, { nullable: true, description: "Only this student's submissions." })
    studentId: string | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const args = {
      challengeId: requireId("CodeChallenge", challengeId),
      studentId: optionalId("User", studentId),
    };
    return ctx.services.codeSubmissions.list(viewer, args, page);
  }

  @FieldResolver(() => [CodeTestResult], {
    description:
      "Per-test results in test order; hidden tests show only their outcome unless you read the answer key.",
  })
  async testResults(@Root() s: SubmissionRow, @Ctx() ctx: AppContext): Promise<CodeTestResult[]> {
    const challenge = await challengeById(ctx).load(s.challengeId);
    const key = challenge ? (await assessmentAccess(ctx, challenge)).canReadAnswers : false;
    const rows = Array.isArray(s.testResults) ? (s.testResults as StoredResult[]) : [];
    return rows.map((r, i) => {
      const hidden = r.is_hidden !== false;
      const shown = !hidden || key;
      return {
        index: i + 1,
        outcome: (str(r.outcome) ?? (r.passed === true ? "PASSED" : "WRONG_ANSWER")) as CodeTestOutcomeEnum,
        passed: r.passed === true,
        isHidden: hidden,
        executionTimeMs: typeof r.execution_time === "number" ? r.execution_time : 0,
        input: shown ? str(r.input) : null,
        expectedOutput: shown ? str(r.expected) : null,
        actualOutput: shown ? str(r.actual) : null,
        error: shown ? str(r.error) : null,
      };
    });
  }

  @FieldResolver(() => CodeChallenge, { nullable: true, description: "The challenge." })
  challenge(@Root() s: SubmissionRow, @Ctx() ctx: AppContext): Promise<ChallengeRow | null> {
    return challengeById(ctx).load(s.challengeId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who submitted it." })
  student(@Root() s: SubmissionRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(s.userId);
  }
}

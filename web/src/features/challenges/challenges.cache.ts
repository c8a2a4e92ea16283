import type { UpdateResolver } from "@urql/exchange-graphcache";
import type { SubmitCodeMutation, SubmitCodeMutationVariables } from "../../gql/graphql";
import { SubmissionHistoryQuery } from "./challenges.graphql";

/**
 * A judged submission goes on top of the viewer's cached list for its challenge (newest
 * first), so "previous submissions" shows it without asking the server again.
 */
export const submitCode: UpdateResolver<SubmitCodeMutation, SubmitCodeMutationVariables> = (
  result,
  args,
  cache,
) => {
  const submission = result.submitCode.submission;
  if (!submission) return;
  cache.updateQuery(
    { query: SubmissionHistoryQuery, variables: { challengeId: args.input.challengeId } },
    (data) => {
      if (!data || data.codeSubmissions.nodes.some((node) => node.id === submission.id)) return data;
      return {
        ...data,
        codeSubmissions: {
          ...data.codeSubmissions,
          totalCount: data.codeSubmissions.totalCount + 1,
          nodes: [submission, ...data.codeSubmissions.nodes],
        },
      };
    },
  );
};

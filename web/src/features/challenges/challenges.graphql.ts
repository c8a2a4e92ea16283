import { graphql } from "../../gql/gql";

// The viewer's submissions to one challenge, newest first; the cache puts a new one on top.
export const SubmissionHistoryQuery = graphql(`
  query SubmissionHistory($challengeId: ID!) {
    codeSubmissions(challengeId: $challengeId, first: 20) {
      totalCount
      nodes {
        id
        status
        score
        passedTests
        totalTests
        submittedAt
        ...SubmissionResult_CodeSubmission
      }
    }
  }
`);

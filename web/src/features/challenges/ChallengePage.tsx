import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { ErrorState, isNotFound, LoadingState } from "../../components/states";
import { graphql } from "../../gql/gql";
import { ChallengeStatement } from "./ChallengeStatement";
import { CodeSubmissionForm } from "./CodeSubmissionForm";
import { SubmissionHistory } from "./SubmissionHistory";
import { SubmissionResult } from "./SubmissionResult";

const ChallengePageQuery = graphql(`
  query ChallengePage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on CodeChallenge {
        title
        points
        problemStatement
        supportedLanguages
        starterCode
        course {
          id
          slug
          title
        }
        ...ChallengeStatement_CodeChallenge
      }
    }
  }
`);

export const SubmitCodeMutation = graphql(`
  mutation SubmitCode($input: SubmitCodeInput!) {
    submitCode(input: $input) {
      submission {
        id
        status
        score
        passedTests
        totalTests
        submittedAt
        ...SubmissionResult_CodeSubmission
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** A course's code challenge: read the statement, write code, submit it and read the judge's verdict. */
export function ChallengePage() {
  const { challengeId = "" } = useParams();
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ChallengePageQuery,
    variables: { id: challengeId },
  });
  const [submitState, submitCode] = useMutation(SubmitCodeMutation);
  const challenge = data?.node?.__typename === "CodeChallenge" ? data.node : null;

  if (fetching && !data) return <LoadingState label={t("student.challenge.loading")} />;
  if (error && !isNotFound(error)) {
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  }
  if (!challenge) {
    return (
      <p className="notice notice--error" role="alert">
        {t("student.challenge.notFound")}
      </p>
    );
  }
  // Without access to the course's content the statement is null: the way in is enrolling.
  if (challenge.problemStatement === null) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t("student.challenge.locked", { title: challenge.title })}</p>
        {challenge.course ? (
          <Link to={`/courses/${challenge.course.slug}`}>{challenge.course.title}</Link>
        ) : null}
      </div>
    );
  }
  const latest = submitState.data?.submitCode.submission;

  return (
    <article className="page challenge-page" aria-labelledby="challenge-title">
      {challenge.course ? (
        <nav aria-label={t("catalog.breadcrumb")} className="breadcrumb">
          <Link to="/learning">{t("learning.title")}</Link> /{" "}
          <Link to={`/learning/courses/${challenge.course.slug}`}>{challenge.course.title}</Link>
        </nav>
      ) : null}
      <h1 id="challenge-title">{challenge.title}</h1>
      <ChallengeStatement challenge={challenge} />
      <CodeSubmissionForm
        key={challenge.id}
        supportedLanguages={challenge.supportedLanguages}
        starterCode={challenge.starterCode}
        submitting={submitState.fetching}
        userErrors={submitState.data?.submitCode.userErrors ?? []}
        failed={Boolean(submitState.error)}
        onSubmit={(language, code) =>
          void submitCode({ input: { challengeId: challenge.id, language, code } })
        }
      />
      <div aria-live="polite">
        {latest ? <SubmissionResult key={latest.id} submission={latest} points={challenge.points} /> : null}
      </div>
      <SubmissionHistory challengeId={challenge.id} points={challenge.points} />
    </article>
  );
}

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Badge, type BadgeTone } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { CodeSubmissionStatus, CodeTestOutcome } from "../../gql/graphql";
import { useFormat } from "../../i18n/format";

export const SubmissionResult_CodeSubmissionFragment = graphql(`
  fragment SubmissionResult_CodeSubmission on CodeSubmission {
    id
    status
    language
    score
    passedTests
    totalTests
    executionTimeMs
    submittedAt
    testResults {
      index
      passed
      outcome
      isHidden
      input
      expectedOutput
      actualOutput
      error
      executionTimeMs
    }
  }
`);

export const VERDICT_TONES: Record<CodeSubmissionStatus, BadgeTone> = {
  ACCEPTED: "success",
  PENDING: "info",
  RUNNING: "info",
  WRONG_ANSWER: "danger",
  RUNTIME_ERROR: "danger",
  TIME_LIMIT: "danger",
  MEMORY_LIMIT: "danger",
  UNSUPPORTED: "warning",
};

const OUTCOME_TONES: Record<CodeTestOutcome, BadgeTone> = {
  PASSED: "success",
  WRONG_ANSWER: "danger",
  RUNTIME_ERROR: "danger",
  TIME_LIMIT: "danger",
  MEMORY_LIMIT: "danger",
  SKIPPED: "neutral",
};

/** Text of a test's input or output as the judge saw it; an empty string is shown as such. */
function Shown({ text }: { text: string | null | undefined }) {
  const { t } = useTranslation();
  if (text === null || text === undefined) return <span className="muted">—</span>;
  return text === "" ? (
    <span className="muted">{t("student.challenge.emptyText")}</span>
  ) : (
    <code>{text}</code>
  );
}

/** The judge's verdict on one submission, and what happened on each test. */
export function SubmissionResult(props: {
  submission: FragmentType<typeof SubmissionResult_CodeSubmissionFragment>;
  points: number;
  headingLevel?: 2 | 3;
}) {
  const submission = useFragment(SubmissionResult_CodeSubmissionFragment, props.submission);
  const { t } = useTranslation();
  const format = useFormat();
  // The latest result (h2) and the earlier ones in the history (h3) are named apart.
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  // The same submission can be shown twice (just judged, and in the history).
  const headingId = useId();
  const verdict = t(`student.challenge.verdict.${submission.status}`);

  return (
    <section className="card submission-result" aria-labelledby={headingId}>
      <header className="booking__header">
        <Heading id={headingId}>
          {t(props.headingLevel === 3 ? "student.challenge.resultTitle" : "student.challenge.latestTitle", {
            verdict,
          })}
        </Heading>
        <Badge tone={VERDICT_TONES[submission.status]}>{verdict}</Badge>
      </header>
      <dl className="facts facts--inline">
        <div>
          <dt>{t("student.challenge.score")}</dt>
          <dd>{t("student.challenge.scoreValue", { score: submission.score ?? 0, points: props.points })}</dd>
        </div>
        {submission.totalTests !== null && submission.totalTests !== undefined ? (
          <div>
            <dt>{t("student.challenge.tests")}</dt>
            <dd>
              {t("student.challenge.testsPassed", {
                passed: submission.passedTests ?? 0,
                total: submission.totalTests,
              })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("student.challenge.language")}</dt>
          <dd>{submission.language}</dd>
        </div>
        <div>
          <dt>{t("student.challenge.submittedAt")}</dt>
          <dd>
            <time dateTime={submission.submittedAt}>{format.dateTime(submission.submittedAt)}</time>
          </dd>
        </div>
      </dl>
      <p className="muted">{t(`student.challenge.verdictHelp.${submission.status}`)}</p>
      {submission.testResults.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t("student.challenge.perTest")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("student.challenge.test")}</th>
                <th scope="col">{t("student.challenge.outcome")}</th>
                <th scope="col">{t("student.challenge.input")}</th>
                <th scope="col">{t("student.challenge.expected")}</th>
                <th scope="col">{t("student.challenge.output")}</th>
                <th scope="col">{t("student.challenge.time")}</th>
              </tr>
            </thead>
            <tbody>
              {submission.testResults.map((test) => (
                <tr key={test.index} className={test.passed ? "test--passed" : "test--failed"}>
                  <th scope="row">
                    {test.isHidden
                      ? t("student.challenge.hiddenTest", { number: test.index })
                      : t("student.challenge.testNumber", { number: test.index })}
                  </th>
                  <td>
                    <Badge tone={OUTCOME_TONES[test.outcome]}>
                      {t(`student.challenge.outcomes.${test.outcome}`)}
                    </Badge>
                  </td>
                  <td>
                    <Shown text={test.input} />
                  </td>
                  <td>
                    <Shown text={test.expectedOutput} />
                  </td>
                  <td>
                    {test.error ? (
                      <span className="text-error">{test.error}</span>
                    ) : (
                      <Shown text={test.actualOutput} />
                    )}
                  </td>
                  <td>{t("student.challenge.ms", { ms: test.executionTimeMs })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { Badge } from "../../components/Badge";
import { ErrorState, LoadingState } from "../../components/states";
import { useFormat } from "../../i18n/format";
import { SubmissionHistoryQuery } from "./challenges.graphql";
import { SubmissionResult, VERDICT_TONES } from "./SubmissionResult";

/** The viewer's earlier submissions, newest first; each opens to its per-test results. */
export function SubmissionHistory({ challengeId, points }: { challengeId: string; points: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SubmissionHistoryQuery,
    variables: { challengeId },
  });
  const submissions = data?.codeSubmissions.nodes ?? [];

  return (
    <section className="section" aria-labelledby="history-title">
      <h2 id="history-title">{t("student.challenge.history")}</h2>
      {fetching && !data ? <LoadingState label={t("student.challenge.historyLoading")} /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data && submissions.length === 0 ? <p className="muted">{t("student.challenge.noHistory")}</p> : null}
      {submissions.length ? (
        <ol className="list" reversed>
          {submissions.map((submission) => {
            const verdict = t(`student.challenge.verdict.${submission.status}`);
            return (
              <li key={submission.id}>
                <details>
                  <summary>
                    <time dateTime={submission.submittedAt}>{format.dateTime(submission.submittedAt)}</time>{" "}
                    <Badge tone={VERDICT_TONES[submission.status]}>{verdict}</Badge>{" "}
                    {t("student.challenge.scoreValue", { score: submission.score ?? 0, points })}
                    {submission.totalTests
                      ? ` · ${t("student.challenge.testsPassed", {
                          passed: submission.passedTests ?? 0,
                          total: submission.totalTests,
                        })}`
                      : null}
                  </summary>
                  <SubmissionResult submission={submission} points={points} headingLevel={3} />
                </details>
              </li>
            );
          })}
        </ol>
      ) : null}
      {data && data.codeSubmissions.totalCount > submissions.length ? (
        <p className="muted">
          {t("student.challenge.olderHidden", {
            count: data.codeSubmissions.totalCount - submissions.length,
          })}
        </p>
      ) : null}
    </section>
  );
}

import { useTranslation } from "react-i18next";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

export const ChallengeStatement_CodeChallengeFragment = graphql(`
  fragment ChallengeStatement_CodeChallenge on CodeChallenge {
    id
    description
    difficulty
    points
    timeLimitMs
    memoryLimitMb
    problemStatement
    examples
    constraints
    sampleTests {
      input
      expectedOutput
    }
  }
`);

/** What to solve: the statement, examples, constraints, limits and the sample tests. */
export function ChallengeStatement(props: {
  challenge: FragmentType<typeof ChallengeStatement_CodeChallengeFragment>;
}) {
  const challenge = useFragment(ChallengeStatement_CodeChallengeFragment, props.challenge);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="statement-title">
      <h2 id="statement-title">{t("student.challenge.statement")}</h2>
      <p className="lead">{challenge.description}</p>
      {challenge.problemStatement ? <div className="prose">{challenge.problemStatement}</div> : null}
      {challenge.examples ? (
        <>
          <h3>{t("student.challenge.examples")}</h3>
          <pre className="code-editor">{challenge.examples}</pre>
        </>
      ) : null}
      {challenge.constraints ? (
        <>
          <h3>{t("student.challenge.constraints")}</h3>
          <p className="prose">{challenge.constraints}</p>
        </>
      ) : null}
      <dl className="facts facts--inline">
        <div>
          <dt>{t("student.challenge.difficulty")}</dt>
          <dd>{t(`student.challenge.difficulties.${challenge.difficulty}`)}</dd>
        </div>
        <div>
          <dt>{t("student.challenge.points")}</dt>
          <dd>{format.number(challenge.points)}</dd>
        </div>
        <div>
          <dt>{t("student.challenge.limits")}</dt>
          <dd>
            {t("student.challenge.limitsValue", {
              ms: format.number(challenge.timeLimitMs),
              mb: format.number(challenge.memoryLimitMb),
            })}
          </dd>
        </div>
      </dl>
      {challenge.sampleTests?.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t("student.challenge.sampleTests")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("student.challenge.input")}</th>
                <th scope="col">{t("student.challenge.expected")}</th>
              </tr>
            </thead>
            <tbody>
              {challenge.sampleTests.map((test, i) => (
                // Sample tests have no id; their order is fixed by the challenge.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={i}>
                  <td>
                    <code>{test.input || t("student.challenge.emptyText")}</code>
                  </td>
                  <td>
                    <code>{test.expectedOutput || t("student.challenge.emptyText")}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

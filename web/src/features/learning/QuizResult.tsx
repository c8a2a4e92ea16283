import { useTranslation } from "react-i18next";
import { Badge } from "../../components/Badge";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { useFormat } from "../../i18n/format";

export const QuizResult_QuizAttemptFragment = graphql(`
  fragment QuizResult_QuizAttempt on QuizAttempt {
    id
    attemptNumber
    status
    score
    maxScore
    percentage
    passed
    submittedLate
    questions {
      questionId
      questionText
      isCorrect
      pointsEarned
      points
      explanation
      selectedOptionIds
      answerText
      options {
        id
        text
        isCorrect
      }
    }
  }
`);

/** The graded attempt: score, pass or fail, and per question what the quiz settings let the learner see. */
export function QuizResult(props: { attempt: FragmentType<typeof QuizResult_QuizAttemptFragment> }) {
  const attempt = useFragment(QuizResult_QuizAttemptFragment, props.attempt);
  const { t } = useTranslation();
  const format = useFormat();
  const percent = Math.round(attempt.percentage ?? 0);
  return (
    <section className="card quiz-result" aria-labelledby="quiz-result-title">
      <h2 id="quiz-result-title">{t("learning.result")}</h2>
      <p className="quiz-result__score" role="status">
        {t("learning.score", {
          score: format.number(attempt.score ?? 0),
          max: format.number(attempt.maxScore),
          percent,
        })}{" "}
        <Badge tone={attempt.passed ? "success" : "danger"}>
          {attempt.passed ? t("learning.passed") : t("learning.failed")}
        </Badge>
      </p>
      {attempt.submittedLate ? <p className="notice notice--warning">{t("learning.timeUp")}</p> : null}
      <ol className="quiz-result__questions">
        {attempt.questions.map((question) => (
          <li key={question.questionId}>
            <p>
              {question.questionText}{" "}
              {question.isCorrect === null || question.isCorrect === undefined ? null : (
                <Badge tone={question.isCorrect ? "success" : "danger"}>
                  {question.isCorrect ? t("learning.correct") : t("learning.incorrect")}
                </Badge>
              )}
            </p>
            {question.explanation ? (
              <p className="muted">{t("learning.explanation", { text: question.explanation })}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { ErrorState, LoadingState } from "../../components/states";
import { useFailureText } from "../../components/user-errors";
import type { FragmentType } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { QuizAnswerInput } from "../../gql/graphql";
import { QuizAttemptForm, type QuizAttemptForm_QuizAttemptFragment } from "./QuizAttemptForm";
import { QuizResult, type QuizResult_QuizAttemptFragment } from "./QuizResult";

const QuizPageQuery = graphql(`
  query QuizPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Quiz {
        title
        description
        instructions
        questionCount
        passingScore
        timeLimitMinutes
        viewerAttemptsLeft
        course {
          id
          slug
          title
        }
        viewerAttempts {
          id
          attemptNumber
          status
          percentage
          passed
        }
      }
    }
  }
`);

const StartQuizAttemptMutation = graphql(`
  mutation StartQuizAttempt($input: StartQuizAttemptInput!) {
    startQuizAttempt(input: $input) {
      resumed
      attempt {
        id
        ...QuizAttemptForm_QuizAttempt
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const SubmitQuizAttemptMutation = graphql(`
  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {
    submitQuizAttempt(input: $input) {
      attempt {
        id
        status
        percentage
        passed
        attemptNumber
        quiz {
          id
          viewerAttemptsLeft
        }
        ...QuizResult_QuizAttempt
      }
      enrollment {
        id
        ...EnrollmentProgress_Enrollment
      }
      certificate {
        id
        verificationCode
      }
      userErrors {
        code
        message
      }
    }
  }
`);

type Stage =
  | { name: "intro" }
  | {
      name: "answering";
      attempt: FragmentType<typeof QuizAttemptForm_QuizAttemptFragment>;
      attemptId: string;
    }
  | {
      name: "result";
      attempt: FragmentType<typeof QuizResult_QuizAttemptFragment>;
      certificate: string | null;
    };

/** Start (or resume) an attempt, answer against the clock, see the graded result. */
export function QuizPage() {
  const { quizId = "" } = useParams();
  const { t } = useTranslation();
  const failureText = useFailureText();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: QuizPageQuery,
    variables: { id: quizId },
  });
  const [startState, start] = useMutation(StartQuizAttemptMutation);
  const [submitState, submitAttempt] = useMutation(SubmitQuizAttemptMutation);
  const [stage, setStage] = useState<Stage>({ name: "intro" });
  const [message, setMessage] = useState<string | null>(null);

  const begin = async () => {
    setMessage(null);
    const result = await start({ input: { quizId } });
    const payload = result.data?.startQuizAttempt;
    if (payload?.attempt)
      setStage({ name: "answering", attempt: payload.attempt, attemptId: payload.attempt.id });
    else setMessage(failureText(payload?.userErrors));
  };

  const attemptId = stage.name === "answering" ? stage.attemptId : null;
  const submit = useCallback(
    async (answers: QuizAnswerInput[]) => {
      if (!attemptId) return;
      const result = await submitAttempt({ input: { attemptId, answers } });
      const payload = result.data?.submitQuizAttempt;
      if (payload?.attempt) {
        setStage({
          name: "result",
          attempt: payload.attempt,
          certificate: payload.certificate?.verificationCode ?? null,
        });
      } else {
        setMessage(failureText(payload?.userErrors));
      }
    },
    [attemptId, submitAttempt, failureText],
  );

  if (fetching && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  const quiz = data?.node?.__typename === "Quiz" ? data.node : null;
  if (!quiz) return <p className="notice notice--error">{t("learning.lessonLocked")}</p>;

  const inProgress = quiz.viewerAttempts.some((attempt) => attempt.status === "IN_PROGRESS");
  const noneLeft = quiz.viewerAttemptsLeft === 0 && !inProgress;

  return (
    <article className="page quiz-page" aria-labelledby="quiz-title">
      {quiz.course ? (
        <nav aria-label={t("catalog.breadcrumb")} className="breadcrumb">
          <Link to="/learning">{t("learning.title")}</Link> /{" "}
          <Link to={`/learning/courses/${quiz.course.slug}`}>{quiz.course.title}</Link>
        </nav>
      ) : null}
      <h1 id="quiz-title">{t("learning.quizTitle", { title: quiz.title })}</h1>
      <p className="muted">
        {t("learning.quizIntro", { count: quiz.questionCount, score: quiz.passingScore })}
        {quiz.timeLimitMinutes ? ` · ${t("learning.timeLimit", { minutes: quiz.timeLimitMinutes })}` : null}
        {quiz.viewerAttemptsLeft !== null && quiz.viewerAttemptsLeft !== undefined
          ? ` · ${t("learning.attemptsLeft", { count: quiz.viewerAttemptsLeft })}`
          : null}
      </p>
      {message ? (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      ) : null}
      {stage.name === "intro" ? (
        <>
          {quiz.instructions ? <p className="prose">{quiz.instructions}</p> : null}
          {noneLeft ? (
            <p className="notice">{t("learning.noAttemptsLeft")}</p>
          ) : (
            <button type="button" disabled={startState.fetching} onClick={() => void begin()}>
              {inProgress ? t("learning.resumeQuiz") : t("learning.startQuiz")}
            </button>
          )}
          {quiz.viewerAttempts.length ? (
            <section className="section" aria-labelledby="attempts-title">
              <h2 id="attempts-title">{t("learning.pastAttempts")}</h2>
              <ul>
                {quiz.viewerAttempts
                  .filter((attempt) => attempt.status !== "IN_PROGRESS")
                  .map((attempt) => (
                    <li key={attempt.id}>
                      {t("learning.attempt", {
                        number: attempt.attemptNumber,
                        percent: Math.round(attempt.percentage ?? 0),
                        result: attempt.passed ? t("learning.passed") : t("learning.failed"),
                      })}
                    </li>
                  ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
      {stage.name === "answering" ? (
        <QuizAttemptForm
          attempt={stage.attempt}
          submitting={submitState.fetching}
          onSubmit={(answers) => void submit(answers)}
        />
      ) : null}
      {stage.name === "result" ? (
        <>
          <QuizResult attempt={stage.attempt} />
          {stage.certificate ? (
            <p className="notice notice--success">
              {t("learning.certificateIssued", { code: stage.certificate })}
            </p>
          ) : null}
          <div className="form__actions">
            {quiz.course ? (
              <Link className="button button--secondary" to={`/learning/courses/${quiz.course.slug}`}>
                {t("learning.backToCourse")}
              </Link>
            ) : null}
            {quiz.viewerAttemptsLeft !== 0 ? (
              <button type="button" onClick={() => setStage({ name: "intro" })}>
                {t("learning.retake")}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
    </article>
  );
}

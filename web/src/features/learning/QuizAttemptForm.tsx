import { type FormEvent, useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import type { QuizAnswerInput } from "../../gql/graphql";
import { QuizTimer } from "./QuizTimer";

export const QuizAttemptForm_QuizAttemptFragment = graphql(`
  fragment QuizAttemptForm_QuizAttempt on QuizAttempt {
    id
    attemptNumber
    deadlineAt
    viewerCanSubmit
    questions {
      questionId
      position
      questionText
      questionType
      points
      hint
      programmingLanguage
      codeTemplate
      options {
        id
        text
      }
    }
  }
`);

type Answers = Record<string, { optionIds?: string[]; text?: string; code?: string }>;

/** The questions of one attempt, in the attempt's order; submitting sends every answer given. */
export function QuizAttemptForm({
  attempt: attemptRef,
  submitting,
  onSubmit,
}: {
  attempt: FragmentType<typeof QuizAttemptForm_QuizAttemptFragment>;
  submitting: boolean;
  onSubmit: (answers: QuizAnswerInput[], reason: "submitted" | "timeUp") => void;
}) {
  const attempt = useFragment(QuizAttemptForm_QuizAttemptFragment, attemptRef);
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>({});
  const answersRef = useRef(answers);
  answersRef.current = answers;
  const sent = useRef(false);

  const send = useCallback(
    (reason: "submitted" | "timeUp") => {
      if (sent.current) return;
      sent.current = true;
      const list = Object.entries(answersRef.current).map(([questionId, answer]) => ({
        questionId,
        ...answer,
      }));
      onSubmit(list, reason);
    },
    [onSubmit],
  );
  const expire = useCallback(() => send("timeUp"), [send]);

  const set = (questionId: string, answer: Answers[string]) =>
    setAnswers((all) => ({ ...all, [questionId]: answer }));
  const total = attempt.questions.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send("submitted");
  };

  return (
    <form className="quiz form" onSubmit={submit}>
      {attempt.deadlineAt ? <QuizTimer deadline={attempt.deadlineAt} onExpire={expire} /> : null}
      {attempt.questions.map((question, index) => {
        const answer = answers[question.questionId] ?? {};
        const name = `q-${question.questionId}`;
        return (
          <fieldset key={question.questionId} className="quiz__question card">
            <legend>
              <span className="muted">{t("learning.question", { number: index + 1, total })}</span>{" "}
              <span className="quiz__question-text">{question.questionText}</span>{" "}
              <span className="muted">({t("learning.points", { count: question.points })})</span>
            </legend>
            {question.hint ? <p className="muted">{question.hint}</p> : null}
            {question.questionType === "MULTIPLE_CHOICE" || question.questionType === "TRUE_FALSE"
              ? question.options.map((option) => {
                  const single = question.questionType === "TRUE_FALSE";
                  const chosen = answer.optionIds ?? [];
                  return (
                    <label key={option.id} className="check">
                      <input
                        type={single ? "radio" : "checkbox"}
                        name={name}
                        value={option.id}
                        checked={chosen.includes(option.id)}
                        onChange={(event) =>
                          set(question.questionId, {
                            optionIds: single
                              ? [option.id]
                              : event.target.checked
                                ? [...chosen, option.id]
                                : chosen.filter((id) => id !== option.id),
                          })
                        }
                      />
                      {option.text}
                    </label>
                  );
                })
              : null}
            {question.questionType === "SHORT_ANSWER" ? (
              <label className="field">
                <span>{t("learning.yourAnswer")}</span>
                <input
                  value={answer.text ?? ""}
                  onChange={(event) => set(question.questionId, { text: event.target.value })}
                />
              </label>
            ) : null}
            {question.questionType === "CODE" ? (
              <label className="field">
                <span>
                  {t("learning.codeAnswer")}{" "}
                  {question.programmingLanguage ? `(${question.programmingLanguage})` : null}
                </span>
                <textarea
                  className="code-editor"
                  rows={10}
                  spellCheck={false}
                  value={answer.code ?? question.codeTemplate ?? ""}
                  onChange={(event) => set(question.questionId, { code: event.target.value })}
                />
              </label>
            ) : null}
          </fieldset>
        );
      })}
      <button type="submit" disabled={submitting || !attempt.viewerCanSubmit}>
        {submitting ? t("learning.submitting") : t("learning.submitQuiz")}
      </button>
    </form>
  );
}

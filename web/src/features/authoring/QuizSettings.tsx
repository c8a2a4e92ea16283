import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormField } from "../../components/FormField";
import { useUserErrorText } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { inputFieldOf, useAuthoringErrorText } from "./form-errors";
import {
  ANSWER_REVEALS,
  QUIZ_TYPES,
  type QuizSettingsValues,
  quizSettingsSchema,
  quizSettingsValues,
  updateQuizInput,
} from "./quiz-settings";

export const QuizSettings_QuizFragment = graphql(`
  fragment QuizSettings_Quiz on Quiz {
    id
    title
    description
    instructions
    quizType
    passingScore
    maxAttempts
    timeLimitMinutes
    randomizeQuestions
    randomizeAnswers
    showCorrectAnswers
  }
`);

const UpdateQuizMutation = graphql(`
  mutation UpdateQuiz($input: UpdateQuizInput!) {
    updateQuiz(input: $input) {
      quiz {
        id
        ...QuizSettings_Quiz
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** How the quiz is taken: pass mark, attempts, time limit, shuffling, when answers are shown. */
export function QuizSettings(props: { quiz: FragmentType<typeof QuizSettings_QuizFragment> }) {
  const quiz = useFragment(QuizSettings_QuizFragment, props.quiz);
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  const errorText = useAuthoringErrorText();
  const [, updateQuiz] = useMutation(UpdateQuizMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<QuizSettingsValues>({
    resolver: zodResolver(quizSettingsSchema),
    defaultValues: quizSettingsValues(quiz),
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await updateQuiz({ input: updateQuizInput(quiz.id, values) });
    const payload = result.data?.updateQuiz;
    if (payload?.quiz) {
      reset(values);
      setSaved(true);
      return;
    }
    const userErrors = payload?.userErrors ?? [];
    for (const userError of userErrors) {
      const field = inputFieldOf(userError.field);
      if (field && field in values)
        setError(field as keyof QuizSettingsValues, { message: userErrorText(userError) });
      else setFormError(userErrorText(userError));
    }
    if (userErrors.length === 0) setFormError(t("common.actionError"));
  });

  const fieldError = (name: keyof QuizSettingsValues) => errorText(errors[name]?.message);

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t("authoring.quizSettings")}>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form__row">
        <FormField label={t("authoring.quizTitle")} error={fieldError("title")}>
          <input maxLength={200} {...register("title")} />
        </FormField>
        <FormField label={t("authoring.quizTypeLabel")} error={fieldError("quizType")}>
          <select {...register("quizType")}>
            {QUIZ_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`authoring.quizType.${type}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField label={t("authoring.quizDescription")} error={fieldError("description")}>
        <textarea rows={2} {...register("description")} />
      </FormField>
      <FormField label={t("authoring.instructions")} error={fieldError("instructions")}>
        <textarea rows={2} {...register("instructions")} />
      </FormField>
      <div className="form__row">
        <FormField label={t("authoring.passingScore")} error={fieldError("passingScore")}>
          <input inputMode="numeric" {...register("passingScore")} />
        </FormField>
        <FormField
          label={t("authoring.maxAttempts")}
          hint={t("authoring.emptyUnlimited")}
          error={fieldError("maxAttempts")}
        >
          <input inputMode="numeric" {...register("maxAttempts")} />
        </FormField>
        <FormField
          label={t("authoring.timeLimit")}
          hint={t("authoring.emptyNoLimit")}
          error={fieldError("timeLimitMinutes")}
        >
          <input inputMode="numeric" {...register("timeLimitMinutes")} />
        </FormField>
      </div>
      <FormField label={t("authoring.showCorrectAnswers")} error={fieldError("showCorrectAnswers")}>
        <select {...register("showCorrectAnswers")}>
          {ANSWER_REVEALS.map((reveal) => (
            <option key={reveal} value={reveal}>
              {t(`authoring.reveal.${reveal}`)}
            </option>
          ))}
        </select>
      </FormField>
      <label className="check">
        <input type="checkbox" {...register("randomizeQuestions")} />
        {t("authoring.randomizeQuestions")}
      </label>
      <label className="check">
        <input type="checkbox" {...register("randomizeAnswers")} />
        {t("authoring.randomizeAnswers")}
      </label>
      <div className="form__actions">
        {saved && !isDirty ? <span role="status">{t("authoring.saved")}</span> : null}
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("authoring.saving") : t("authoring.saveQuiz")}
        </button>
      </div>
    </form>
  );
}

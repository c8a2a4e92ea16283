import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormField } from "../../components/FormField";
import { useUserErrorText } from "../../components/user-errors";
import type { QuestionType } from "../../gql/graphql";
import type { ShownUserError } from "./CourseForm";
import { FormErrors } from "./FormErrors";
import { useAuthoringErrorText } from "./form-errors";
import {
  QUESTION_TYPES,
  type QuestionDraft,
  type QuestionField,
  questionFieldOf,
  validateQuestion,
} from "./question-draft";

const MAX_OPTIONS = 8;

/** A group of controls (choices, test cases) with its legend and error, wired like FormField. */
function Group({ legend, error, children }: { legend: string; error?: string; children: ReactNode }) {
  const errorId = useId();
  return (
    <fieldset
      className={`field${error ? " field--invalid" : ""}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {children}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * One quiz question of any of the four types: the common fields, then the type's own (choices
 * with the correct ones ticked, true or false, accepted answers, or code with test cases).
 */
export function QuestionEditor({
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: QuestionDraft;
  submitLabel: string;
  onSave: (draft: QuestionDraft) => Promise<ReadonlyArray<ShownUserError>>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  const errorText = useAuthoringErrorText();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<QuestionField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const radioName = useId();
  const set = (changes: Partial<QuestionDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const error = (field: QuestionField) => errorText(errors[field]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormErrors([]);
    const problems = validateQuestion(draft);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    const userErrors = await onSave(draft);
    setBusy(false);
    const byField: Partial<Record<QuestionField, string>> = {};
    const general: string[] = [];
    for (const userError of userErrors) {
      const field = questionFieldOf(userError.field);
      if (field && !byField[field]) byField[field] = userErrorText(userError);
      else if (!field) general.push(userErrorText(userError));
    }
    setErrors(byField);
    setFormErrors(general);
  };

  const setOption = (index: number, changes: Partial<QuestionDraft["options"][number]>) =>
    set({ options: draft.options.map((option, i) => (i === index ? { ...option, ...changes } : option)) });
  const setTestCase = (index: number, changes: Partial<QuestionDraft["testCases"][number]>) =>
    set({
      testCases: draft.testCases.map((testCase, i) => (i === index ? { ...testCase, ...changes } : testCase)),
    });

  return (
    <form className="form question-editor" onSubmit={submit} noValidate>
      <FormErrors messages={formErrors} />
      <div className="form__row">
        <FormField label={t("authoring.questionType")}>
          <select
            value={draft.questionType}
            onChange={(event) => set({ questionType: event.target.value as QuestionType })}
          >
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`authoring.questionTypes.${type}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t("authoring.points")} error={error("points")}>
          <input
            inputMode="numeric"
            value={draft.points}
            onChange={(event) => set({ points: event.target.value })}
          />
        </FormField>
      </div>
      <FormField label={t("authoring.questionText")} error={error("questionText")}>
        <textarea
          rows={2}
          value={draft.questionText}
          onChange={(event) => set({ questionText: event.target.value })}
        />
      </FormField>

      {draft.questionType === "MULTIPLE_CHOICE" ? (
        <Group legend={t("authoring.choices")} error={error("options")}>
          <p className="field__hint">{t("authoring.choicesHint")}</p>
          {draft.options.map((option, index) => (
            // Choices have no identity of their own before they are saved; their place is their key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div className="inline-form" key={index}>
              <FormField label={t("authoring.choice", { number: index + 1 })}>
                <input
                  value={option.text}
                  onChange={(event) => setOption(index, { text: event.target.value })}
                />
              </FormField>
              <label className="check">
                <input
                  type="checkbox"
                  checked={option.isCorrect}
                  onChange={(event) => setOption(index, { isCorrect: event.target.checked })}
                />
                {t("authoring.correct")}
                <span className="visually-hidden"> ({t("authoring.choice", { number: index + 1 })})</span>
              </label>
              <button
                type="button"
                className="button--ghost button--small"
                aria-label={t("authoring.removeChoice", { number: index + 1 })}
                disabled={draft.options.length <= 2}
                onClick={() => set({ options: draft.options.filter((_, i) => i !== index) })}
              >
                {t("authoring.remove")}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button--secondary button--small"
            disabled={draft.options.length >= MAX_OPTIONS}
            onClick={() => set({ options: [...draft.options, { text: "", isCorrect: false }] })}
          >
            {t("authoring.addChoice")}
          </button>
        </Group>
      ) : null}

      {draft.questionType === "TRUE_FALSE" ? (
        <Group legend={t("authoring.statementIs")} error={error("correctAnswer")}>
          {(["true", "false"] as const).map((value) => (
            <label className="check" key={value}>
              <input
                type="radio"
                name={radioName}
                value={value}
                checked={draft.correctAnswer === value}
                onChange={() => set({ correctAnswer: value })}
              />
              {value === "true" ? t("authoring.true") : t("authoring.false")}
            </label>
          ))}
        </Group>
      ) : null}

      {draft.questionType === "SHORT_ANSWER" ? (
        <FormField
          label={t("authoring.acceptedAnswers")}
          hint={t("authoring.acceptedAnswersHint")}
          error={error("acceptedAnswers")}
        >
          <textarea
            rows={3}
            value={draft.acceptedAnswers}
            onChange={(event) => set({ acceptedAnswers: event.target.value })}
          />
        </FormField>
      ) : null}

      {draft.questionType === "CODE" ? (
        <>
          <FormField label={t("authoring.programmingLanguage")} error={error("programmingLanguage")}>
            <input
              value={draft.programmingLanguage}
              onChange={(event) => set({ programmingLanguage: event.target.value })}
            />
          </FormField>
          <FormField label={t("authoring.codeTemplate")} error={error("codeTemplate")}>
            <textarea
              className="code-editor"
              rows={5}
              spellCheck={false}
              value={draft.codeTemplate}
              onChange={(event) => set({ codeTemplate: event.target.value })}
            />
          </FormField>
          <Group legend={t("authoring.testCases")} error={error("testCases")}>
            {draft.testCases.map((testCase, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: unsaved rows are known by their place
              <div className="form__row" key={index}>
                <FormField label={t("authoring.testInput", { number: index + 1 })}>
                  <textarea
                    rows={2}
                    spellCheck={false}
                    value={testCase.input}
                    onChange={(event) => setTestCase(index, { input: event.target.value })}
                  />
                </FormField>
                <FormField label={t("authoring.testOutput", { number: index + 1 })}>
                  <textarea
                    rows={2}
                    spellCheck={false}
                    value={testCase.expectedOutput}
                    onChange={(event) => setTestCase(index, { expectedOutput: event.target.value })}
                  />
                </FormField>
                <button
                  type="button"
                  className="button--ghost button--small"
                  aria-label={t("authoring.removeTest", { number: index + 1 })}
                  disabled={draft.testCases.length <= 1}
                  onClick={() => set({ testCases: draft.testCases.filter((_, i) => i !== index) })}
                >
                  {t("authoring.remove")}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button--secondary button--small"
              onClick={() => set({ testCases: [...draft.testCases, { input: "", expectedOutput: "" }] })}
            >
              {t("authoring.addTest")}
            </button>
          </Group>
        </>
      ) : null}

      <FormField label={t("authoring.hint")} error={error("hint")}>
        <input value={draft.hint} onChange={(event) => set({ hint: event.target.value })} />
      </FormField>
      <FormField label={t("authoring.explanation")} error={error("explanation")}>
        <textarea
          rows={2}
          value={draft.explanation}
          onChange={(event) => set({ explanation: event.target.value })}
        />
      </FormField>
      <div className="form__actions">
        {onCancel ? (
          <button type="button" className="button--secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? t("authoring.saving") : submitLabel}
        </button>
      </div>
    </form>
  );
}

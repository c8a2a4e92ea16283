import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormField } from "../../components/FormField";
import { useUserErrorPlacement } from "../../components/user-errors";
import type { ShownUserError } from "./CourseForm";
import { FormErrors } from "./FormErrors";
import { useAuthoringErrorText } from "./form-errors";
import { LESSON_TYPES, type LessonFormValues, lessonFieldOf, lessonFormSchema } from "./lesson-form";

/** A lesson's fields, to add one to a module or change one; the content fields follow its type. */
export function LessonForm({
  defaultValues,
  submitLabel,
  onSave,
  onCancel,
}: {
  defaultValues: LessonFormValues;
  submitLabel: string;
  onSave: (values: LessonFormValues) => Promise<ReadonlyArray<ShownUserError>>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { place } = useUserErrorPlacement();
  const errorText = useAuthoringErrorText();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<LessonFormValues>({ resolver: zodResolver(lessonFormSchema), defaultValues });
  const type = watch("type");

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    setFormErrors(place(await onSave(values), (userError) => lessonFieldOf(userError.field), setError));
  });

  const fieldError = (name: keyof LessonFormValues) => errorText(errors[name]?.message);

  return (
    <form className="form card" onSubmit={submit} noValidate>
      <FormErrors messages={formErrors} />
      <div className="form__row">
        <FormField label={t("authoring.lessonTitle")} error={fieldError("title")}>
          <input maxLength={200} {...register("title")} />
        </FormField>
        <FormField label={t("authoring.lessonType")} error={fieldError("type")}>
          <select {...register("type")}>
            {LESSON_TYPES.map((lessonType) => (
              <option key={lessonType} value={lessonType}>
                {t(`enums.lessonType.${lessonType}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t("authoring.durationMinutes")} error={fieldError("durationMinutes")}>
          <input inputMode="numeric" {...register("durationMinutes")} />
        </FormField>
      </div>
      <FormField label={t("authoring.lessonDescription")} error={fieldError("description")}>
        <textarea rows={2} maxLength={2000} {...register("description")} />
      </FormField>
      {type === "VIDEO" ? (
        <FormField label={t("authoring.videoUrl")} error={fieldError("videoUrl")}>
          <input type="url" {...register("videoUrl")} />
        </FormField>
      ) : null}
      {type === "ARTICLE" || type === "ASSIGNMENT" ? (
        <FormField label={t("authoring.articleContent")} error={fieldError("articleContent")}>
          <textarea rows={6} {...register("articleContent")} />
        </FormField>
      ) : null}
      <label className="check">
        <input type="checkbox" {...register("isPreview")} />
        {t("authoring.isPreview")}
      </label>
      <div className="form__actions">
        <button type="button" className="button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("authoring.saving") : submitLabel}
        </button>
      </div>
    </form>
  );
}

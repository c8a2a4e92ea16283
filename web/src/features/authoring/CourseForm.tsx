import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormField } from "../../components/FormField";
import { type ShownUserError, useUserErrorPlacement } from "../../components/user-errors";
import {
  COURSE_FORMATS,
  type CourseFormValues,
  courseFieldOf,
  courseFormSchema,
  SKILL_LEVELS,
} from "./course-form";
import { useAuthoringErrorText } from "./form-errors";
import "./authoring.css";
import { FormErrors } from "./FormErrors";

/** A userError as the mutations of this feature select it. */
export type { ShownUserError };

/**
 * Every field of a course, for creating and for editing one. `onSave` asks the API and answers
 * with its userErrors: those about a field are shown under it, the others above the form.
 */
export function CourseForm({
  defaultValues,
  submitLabel,
  onSave,
}: {
  defaultValues: CourseFormValues;
  submitLabel: string;
  onSave: (values: CourseFormValues) => Promise<ReadonlyArray<ShownUserError>>;
}) {
  const { t } = useTranslation();
  const { place } = useUserErrorPlacement();
  const errorText = useAuthoringErrorText();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<CourseFormValues>({ resolver: zodResolver(courseFormSchema), defaultValues });

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    setSaved(false);
    const userErrors = await onSave(values);
    if (userErrors.length === 0) {
      reset(values);
      setSaved(true);
      return;
    }
    setFormErrors(place(userErrors, (userError) => courseFieldOf(userError.field), setError));
  });

  const fieldError = (name: keyof CourseFormValues) => errorText(errors[name]?.message);
  const hasCertificate = watch("hasCertificate");

  return (
    <form className="form course-form" onSubmit={submit} noValidate aria-label={t("authoring.courseForm")}>
      <FormErrors messages={formErrors} />
      <fieldset>
        <legend>{t("authoring.basics")}</legend>
        <FormField label={t("authoring.title")} error={fieldError("title")}>
          <input maxLength={200} {...register("title")} />
        </FormField>
        <FormField label={t("authoring.subtitle")} error={fieldError("subtitle")}>
          <input maxLength={200} {...register("subtitle")} />
        </FormField>
        <FormField
          label={t("authoring.description")}
          hint={t("authoring.descriptionHint")}
          error={fieldError("description")}
        >
          <textarea rows={3} maxLength={5000} {...register("description")} />
        </FormField>
        <FormField label={t("authoring.longDescription")} error={fieldError("longDescription")}>
          <textarea rows={6} {...register("longDescription")} />
        </FormField>
      </fieldset>
      <fieldset>
        <legend>{t("authoring.catalogPlacement")}</legend>
        <div className="form__row">
          <FormField
            label={t("authoring.category")}
            hint={t("authoring.categoryHint")}
            error={fieldError("category")}
          >
            <input maxLength={100} {...register("category")} />
          </FormField>
          <FormField label={t("authoring.subcategory")} error={fieldError("subcategory")}>
            <input maxLength={100} {...register("subcategory")} />
          </FormField>
        </div>
        <div className="form__row">
          <FormField label={t("authoring.format")} error={fieldError("format")}>
            <select {...register("format")}>
              {COURSE_FORMATS.map((format) => (
                <option key={format} value={format}>
                  {t(`enums.format.${format}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t("authoring.level")} error={fieldError("level")}>
            <select {...register("level")}>
              <option value="">{t("authoring.anyLevel")}</option>
              {SKILL_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`enums.level.${level}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField
            label={t("authoring.language")}
            hint={t("authoring.languageHint")}
            error={fieldError("language")}
          >
            <input autoCapitalize="off" {...register("language")} />
          </FormField>
        </div>
        <FormField label={t("authoring.tags")} hint={t("authoring.tagsHint")} error={fieldError("tags")}>
          <input {...register("tags")} />
        </FormField>
        <div className="form__row">
          <FormField
            label={t("authoring.durationText")}
            hint={t("authoring.durationTextHint")}
            error={fieldError("durationText")}
          >
            <input maxLength={50} {...register("durationText")} />
          </FormField>
          <FormField
            label={t("authoring.maxCapacity")}
            hint={t("authoring.maxCapacityHint")}
            error={fieldError("maxCapacity")}
          >
            <input inputMode="numeric" {...register("maxCapacity")} />
          </FormField>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("authoring.pricing")}</legend>
        <div className="form__row">
          <FormField label={t("authoring.price")} hint={t("authoring.priceHint")} error={fieldError("price")}>
            <input inputMode="decimal" {...register("price")} />
          </FormField>
          <FormField label={t("authoring.currency")} error={fieldError("currency")}>
            <input maxLength={3} autoCapitalize="characters" {...register("currency")} />
          </FormField>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("authoring.certificateAndForum")}</legend>
        <label className="check">
          <input type="checkbox" {...register("hasCertificate")} />
          {t("authoring.hasCertificate")}
        </label>
        {hasCertificate ? (
          <FormField
            label={t("authoring.validityYears")}
            hint={t("authoring.validityHint")}
            error={fieldError("certificationValidityYears")}
          >
            <input inputMode="numeric" {...register("certificationValidityYears")} />
          </FormField>
        ) : null}
        <label className="check">
          <input type="checkbox" {...register("discussionEnabled")} />
          {t("authoring.discussionEnabled")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("authoring.audience")}</legend>
        <FormField label={t("authoring.targetAudience")} error={fieldError("targetAudience")}>
          <input maxLength={500} {...register("targetAudience")} />
        </FormField>
        <FormField
          label={t("authoring.learningOutcomes")}
          hint={t("authoring.onePerLine")}
          error={fieldError("learningOutcomes")}
        >
          <textarea rows={3} {...register("learningOutcomes")} />
        </FormField>
        <FormField
          label={t("authoring.prerequisites")}
          hint={t("authoring.onePerLine")}
          error={fieldError("prerequisites")}
        >
          <textarea rows={3} {...register("prerequisites")} />
        </FormField>
        <div className="form__row">
          <FormField label={t("authoring.thumbnailUrl")} error={fieldError("thumbnailUrl")}>
            <input type="url" {...register("thumbnailUrl")} />
          </FormField>
          <FormField label={t("authoring.previewVideoUrl")} error={fieldError("previewVideoUrl")}>
            <input type="url" {...register("previewVideoUrl")} />
          </FormField>
        </div>
      </fieldset>
      <div className="form__actions">
        {saved && !isDirty ? <span role="status">{t("authoring.saved")}</span> : null}
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("authoring.saving") : submitLabel}
        </button>
      </div>
    </form>
  );
}

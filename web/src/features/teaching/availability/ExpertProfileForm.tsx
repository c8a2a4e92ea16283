import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormField } from "../../../components/FormField";
import { userErrorField, useUserErrorText } from "../../../components/user-errors";
import { parseAmountToCents } from "../quote-total";
import { CreateExpertProfileMutation } from "./availability.graphql";

type Values = { bio: string; expertiseAreas: string; hourlyRate: string; currency: string };

const FIELDS = ["bio", "expertiseAreas", "hourlyRate", "currency"] as const;
// The API names the rate in cents; the form in the currency's units.
const fieldOfInput = (name: string | null): (typeof FIELDS)[number] | null =>
  name === "hourlyRateCents" ? "hourlyRate" : (FIELDS.find((field) => field === name) ?? null);

/**
 * An instructor becomes an expert before offering tutoring: the profile holds
 * the windows. Only the currency is required (the API's rule).
 */
export function ExpertProfileForm() {
  const { t } = useTranslation();
  const userErrorText = useUserErrorText();
  const [{ fetching }, create] = useMutation(CreateExpertProfileMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { bio: "", expertiseAreas: "", hourlyRate: "", currency: "EUR" } });
  const currency = watch("currency").trim().toUpperCase() || "EUR";

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const code = values.currency.trim().toUpperCase();
    const rate = parseAmountToCents(values.hourlyRate);
    let invalid = false;
    if (!/^[A-Z]{3}$/.test(code)) {
      setError("currency", { message: t("instructor.errors.currency") });
      invalid = true;
    }
    if (!Number.isFinite(rate)) {
      setError("hourlyRate", { message: t("instructor.errors.amount") });
      invalid = true;
    }
    if (invalid) return;
    const areas = values.expertiseAreas
      .split(",")
      .map((area) => area.trim())
      .filter(Boolean);
    const result = await create({
      input: {
        currency: code,
        bio: values.bio.trim() || null,
        expertiseAreas: areas,
        hourlyRateCents: values.hourlyRate.trim() ? rate : null,
      },
    });
    const payload = result.data?.createExpertProfile;
    // Success needs nothing here: the cache makes the new profile the viewer's and the page moves on.
    if (payload?.expert) return;
    const userErrors = payload?.userErrors ?? [];
    let unplaced: string | null = userErrors.length ? null : t("common.actionError");
    for (const userError of userErrors) {
      const field = fieldOfInput(userErrorField(userError));
      if (field) setError(field, { message: userErrorText(userError) }, { shouldFocus: true });
      else unplaced ??= userErrorText(userError);
    }
    setFormError(unplaced);
  });

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="expert-profile-title">
      <h2 id="expert-profile-title">{t("instructor.becomeExpertTitle")}</h2>
      <p className="muted">{t("instructor.becomeExpertIntro")}</p>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <FormField label={t("instructor.bio")} error={errors.bio?.message}>
        <textarea rows={3} {...register("bio")} />
      </FormField>
      <FormField
        label={t("instructor.expertiseAreas")}
        hint={t("instructor.expertiseAreasHint")}
        error={errors.expertiseAreas?.message}
      >
        <input {...register("expertiseAreas")} />
      </FormField>
      <div className="form__row">
        <FormField
          label={t("instructor.hourlyRate", { currency })}
          hint={t("instructor.optional")}
          error={errors.hourlyRate?.message}
        >
          <input inputMode="decimal" {...register("hourlyRate")} />
        </FormField>
        <FormField
          label={t("instructor.currency")}
          hint={t("instructor.currencyHint")}
          error={errors.currency?.message}
        >
          <input maxLength={3} autoComplete="off" {...register("currency")} />
        </FormField>
      </div>
      <div className="form__actions">
        <button type="submit" disabled={fetching}>
          {fetching ? t("instructor.saving") : t("instructor.createProfile")}
        </button>
      </div>
    </form>
  );
}

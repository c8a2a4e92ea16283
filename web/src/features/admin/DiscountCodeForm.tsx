import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormField } from "../../components/FormField";
import { type ShownUserError, userErrorField, useUserErrorPlacement } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import {
  COURSE_FORMATS,
  DISCOUNT_SCOPES,
  type DiscountCodeValues,
  discountCodeInput,
  discountCodeSchema,
  discountCodeValues,
  emptyDiscountCode,
  TRAINING_COURSE_TYPES,
} from "./discount-code-form";
import { CreateDiscountCodeMutation, UpdateDiscountCodeMutation } from "./discount-codes.graphql";
import { useFieldError } from "./field-errors";

export const DiscountCodeForm_DiscountCodeFragment = graphql(`
  fragment DiscountCodeForm_DiscountCode on DiscountCode {
    id
    code
    description
    discountType
    discountValue
    currency
    minPurchaseCents
    validFrom
    validUntil
    maxUses
    maxUsesPerUser
    scope
    format
    courseTypeRestriction
    isActive
  }
`);

// The API names input fields; the form names what people type.
const FIELD_OF_INPUT: Record<string, FieldPath<DiscountCodeValues>> = {
  code: "code",
  description: "description",
  discountType: "discountType",
  discountValue: "value",
  currency: "currency",
  minPurchaseCents: "minPurchase",
  validFrom: "validFrom",
  validUntil: "validUntil",
  maxUses: "maxUses",
  maxUsesPerUser: "maxUsesPerUser",
  scope: "scope",
  format: "format",
  courseTypeRestriction: "courseTypeRestriction",
};

/** Create a discount code, or change one (its code itself stays: customers may have it already). */
export function DiscountCodeForm({
  discountCode,
  onSaved,
  onCancel,
}: {
  discountCode?: FragmentType<typeof DiscountCodeForm_DiscountCodeFragment> | null;
  onSaved: (code: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { placeFirst } = useUserErrorPlacement();
  const fieldError = useFieldError();
  const saved = useFragment(DiscountCodeForm_DiscountCodeFragment, discountCode);
  const [, create] = useMutation(CreateDiscountCodeMutation);
  const [, update] = useMutation(UpdateDiscountCodeMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const [defaults] = useState(() => (saved ? discountCodeValues(saved) : emptyDiscountCode()));
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<DiscountCodeValues>({
    resolver: zodResolver(discountCodeSchema),
    defaultValues: defaults,
  });
  // Selects are given their starting option too: RHF alone leaves some DOMs (happy-dom) on the first one.
  const fixed = watch("discountType") === "FIXED_AMOUNT";
  const currency = watch("currency").trim().toUpperCase() || "EUR";

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const input = discountCodeInput(values);
    const result = saved
      ? await update({ input: { ...input, id: saved.id } })
      : await create({ input: { ...input, code: values.code.trim() } });
    const payload = result.data
      ? "updateDiscountCode" in result.data
        ? result.data.updateDiscountCode
        : result.data.createDiscountCode
      : null;
    if (payload?.discountCode) {
      onSaved(payload.discountCode.code);
      return;
    }
    const fieldOf = (userError: ShownUserError) => FIELD_OF_INPUT[userErrorField(userError) ?? ""];
    setFormError(placeFirst(payload?.userErrors ?? [], fieldOf, setError));
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form__row">
        <FormField
          label={t("adminOperations.discountCodes.code")}
          hint={
            saved ? t("adminOperations.discountCodes.codeFixed") : t("adminOperations.discountCodes.codeHint")
          }
          error={fieldError(errors.code?.message)}
        >
          <input autoComplete="off" readOnly={Boolean(saved)} {...register("code")} />
        </FormField>
        <FormField label={t("adminOperations.discountCodes.type")}>
          <select defaultValue={defaults.discountType} {...register("discountType")}>
            <option value="PERCENTAGE">{t("adminOperations.discountTypes.PERCENTAGE")}</option>
            <option value="FIXED_AMOUNT">{t("adminOperations.discountTypes.FIXED_AMOUNT")}</option>
          </select>
        </FormField>
      </div>
      <FormField
        label={t("adminOperations.discountCodes.description")}
        error={fieldError(errors.description?.message)}
      >
        <input {...register("description")} />
      </FormField>
      <div className="form__row">
        <FormField
          label={
            fixed
              ? t("adminOperations.discountCodes.amount", { currency })
              : t("adminOperations.discountCodes.percent")
          }
          error={fieldError(errors.value?.message)}
        >
          <input inputMode={fixed ? "decimal" : "numeric"} {...register("value")} />
        </FormField>
        <FormField
          label={t("adminOperations.discountCodes.currency")}
          hint={t("adminOperations.discountCodes.currencyHint")}
          error={fieldError(errors.currency?.message)}
        >
          <input maxLength={3} autoComplete="off" {...register("currency")} />
        </FormField>
        <FormField
          label={t("adminOperations.discountCodes.minPurchase", { currency })}
          hint={t("adminOperations.discountCodes.optional")}
          error={fieldError(errors.minPurchase?.message)}
        >
          <input inputMode="decimal" {...register("minPurchase")} />
        </FormField>
      </div>
      <div className="form__row">
        <FormField
          label={t("adminOperations.discountCodes.validFrom")}
          error={fieldError(errors.validFrom?.message)}
        >
          <input type="datetime-local" {...register("validFrom")} />
        </FormField>
        <FormField
          label={t("adminOperations.discountCodes.validUntil")}
          hint={t("adminOperations.discountCodes.validUntilHint")}
          error={fieldError(errors.validUntil?.message)}
        >
          <input type="datetime-local" {...register("validUntil")} />
        </FormField>
      </div>
      <div className="form__row">
        <FormField
          label={t("adminOperations.discountCodes.maxUses")}
          hint={t("adminOperations.discountCodes.limitHint")}
          error={fieldError(errors.maxUses?.message)}
        >
          <input inputMode="numeric" {...register("maxUses")} />
        </FormField>
        <FormField
          label={t("adminOperations.discountCodes.maxUsesPerUser")}
          hint={t("adminOperations.discountCodes.limitHint")}
          error={fieldError(errors.maxUsesPerUser?.message)}
        >
          <input inputMode="numeric" {...register("maxUsesPerUser")} />
        </FormField>
      </div>
      <div className="form__row">
        <FormField label={t("adminOperations.discountCodes.scope")} error={fieldError(errors.scope?.message)}>
          <select defaultValue={defaults.scope} {...register("scope")}>
            {DISCOUNT_SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {t(`adminOperations.scopes.${scope}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label={t("adminOperations.discountCodes.format")}
          error={fieldError(errors.format?.message)}
        >
          <select defaultValue={defaults.format} {...register("format")}>
            <option value="">{t("adminOperations.discountCodes.anyFormat")}</option>
            {COURSE_FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`enums.format.${format}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label={t("adminOperations.discountCodes.courseType")}
          error={fieldError(errors.courseTypeRestriction?.message)}
        >
          <select defaultValue={defaults.courseTypeRestriction} {...register("courseTypeRestriction")}>
            <option value="">{t("adminOperations.discountCodes.anyCourseType")}</option>
            {TRAINING_COURSE_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <label className="check">
        <input type="checkbox" {...register("isActive")} />
        {t("adminOperations.discountCodes.active")}
      </label>
      <div className="form__actions">
        <button type="button" className="button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting
            ? t("adminOperations.saving")
            : saved
              ? t("adminOperations.discountCodes.save")
              : t("adminOperations.discountCodes.create")}
        </button>
      </div>
    </form>
  );
}

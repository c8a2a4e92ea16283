import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormField } from "../../components/FormField";
import { userErrorField, useUserErrorPlacement } from "../../components/user-errors";
import { type FragmentType, useFragment } from "../../gql/fragment-masking";
import { graphql } from "../../gql/gql";
import { browserTimeZone } from "../../i18n/format";
import { useFieldError } from "./field-errors";
import {
  emptyVenue,
  facilitiesFromForm,
  KNOWN_FACILITIES,
  type VenueValues,
  venueSchema,
  venueValues,
} from "./venue-form";
import { CreateVenueMutation, UpdateVenueMutation } from "./venues.graphql";

export const VenueForm_VenueFragment = graphql(`
  fragment VenueForm_Venue on Venue {
    id
    name
    addressLine1
    addressLine2
    city
    postcode
    capacity
    facilities
    parkingInfo
    timezone
    isActive
  }
`);

const FIELDS: ReadonlyArray<FieldPath<VenueValues>> = [
  "name",
  "addressLine1",
  "addressLine2",
  "city",
  "postcode",
  "capacity",
  "timezone",
  "parkingInfo",
];
const fieldOf = (inputField: string | null): FieldPath<VenueValues> | null =>
  inputField === "facilities" ? "otherFacilities" : (FIELDS.find((field) => field === inputField) ?? null);

/**
 * A new venue, or changes to one: its name, address, time zone, capacity,
 * facilities, parking and whether it is offered. The API refuses a new time
 * zone while runs are planned there (their local times would move); that
 * refusal is shown at the field.
 */
export function VenueForm({
  venue: venueRef,
  onSaved,
  onCancel,
}: {
  venue?: FragmentType<typeof VenueForm_VenueFragment> | null;
  onSaved: (venue: { name: string; isActive: boolean }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { placeFirst } = useUserErrorPlacement();
  const fieldError = useFieldError();
  const zonesId = useId();
  const saved = useFragment(VenueForm_VenueFragment, venueRef);
  const [, create] = useMutation(CreateVenueMutation);
  const [, update] = useMutation(UpdateVenueMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const zones = useMemo(
    () => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []),
    [],
  );
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<VenueValues>({
    resolver: zodResolver(venueSchema),
    defaultValues: saved ? venueValues(saved) : emptyVenue(browserTimeZone()),
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const timezone = values.timezone.trim();
    // The API sets a zone but cannot take one away (null leaves it as it is).
    if (saved?.timezone && !timezone) {
      setError("timezone", { message: "timeZoneKept" }, { shouldFocus: true });
      return;
    }
    const common = {
      name: values.name.trim(),
      addressLine1: values.addressLine1.trim(),
      city: values.city.trim(),
      postcode: values.postcode.trim(),
      timezone: timezone || null,
      capacity: Number(values.capacity),
      facilities: facilitiesFromForm(values),
      parkingInfo: values.parkingInfo.trim() || null,
    };
    const secondLine = values.addressLine2.trim();
    const result = saved
      ? await update({
          // An empty second line is sent as "" to clear it; null would leave it.
          input: { ...common, addressLine2: secondLine, venueId: saved.id, isActive: values.isActive },
        })
      : await create({ input: { ...common, addressLine2: secondLine || null } });
    const payload = result.data
      ? "updateVenue" in result.data
        ? result.data.updateVenue
        : result.data.createVenue
      : null;
    if (payload?.venue) {
      onSaved(payload.venue);
      return;
    }
    setFormError(
      placeFirst(payload?.userErrors ?? [], (userError) => fieldOf(userErrorField(userError)), setError),
    );
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <FormField label={t("adminOperations.venues.name")} error={fieldError(errors.name?.message)}>
        <input {...register("name")} />
      </FormField>
      <FormField
        label={t("adminOperations.venues.addressLine1")}
        error={fieldError(errors.addressLine1?.message)}
      >
        <input autoComplete="address-line1" {...register("addressLine1")} />
      </FormField>
      <FormField
        label={t("adminOperations.venues.addressLine2")}
        hint={t("adminOperations.discountCodes.optional")}
        error={fieldError(errors.addressLine2?.message)}
      >
        <input autoComplete="address-line2" {...register("addressLine2")} />
      </FormField>
      <div className="form__row">
        <FormField label={t("adminOperations.venues.postcode")} error={fieldError(errors.postcode?.message)}>
          <input autoComplete="postal-code" {...register("postcode")} />
        </FormField>
        <FormField label={t("adminOperations.venues.city")} error={fieldError(errors.city?.message)}>
          <input autoComplete="address-level2" {...register("city")} />
        </FormField>
      </div>
      <FormField
        label={t("adminOperations.venues.timezone")}
        hint={saved ? t("adminOperations.venues.timezoneEditHint") : t("adminOperations.venues.timezoneHint")}
        error={fieldError(errors.timezone?.message)}
      >
        <input list={zonesId} autoComplete="off" {...register("timezone")} />
      </FormField>
      <datalist id={zonesId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <FormField
        label={t("adminOperations.venues.capacity")}
        hint={saved ? t("adminOperations.venues.capacityHint") : undefined}
        error={fieldError(errors.capacity?.message)}
      >
        <input inputMode="numeric" {...register("capacity")} />
      </FormField>
      <fieldset>
        <legend>{t("adminOperations.venues.facilities")}</legend>
        {KNOWN_FACILITIES.map((name) => (
          <label key={name} className="check">
            <input type="checkbox" {...register(`facilities.${name}`)} />
            {t(`adminOperations.facilities.${name}`)}
          </label>
        ))}
      </fieldset>
      <FormField
        label={t("adminOperations.venues.otherFacilities")}
        hint={t("adminOperations.venues.otherFacilitiesHint")}
        error={fieldError(errors.otherFacilities?.message)}
      >
        <textarea rows={3} {...register("otherFacilities")} />
      </FormField>
      <FormField label={t("adminOperations.venues.parking")} error={fieldError(errors.parkingInfo?.message)}>
        <textarea rows={2} {...register("parkingInfo")} />
      </FormField>
      {saved ? (
        <label className="check">
          <input type="checkbox" {...register("isActive")} />
          {t("adminOperations.venues.active")}
        </label>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting
            ? t("adminOperations.saving")
            : saved
              ? t("adminOperations.venues.save")
              : t("adminOperations.venues.create")}
        </button>
      </div>
    </form>
  );
}

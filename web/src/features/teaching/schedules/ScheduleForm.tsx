import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { FormField } from "../../../components/FormField";
import { userErrorFieldIn, useUserErrorPlacement } from "../../../components/user-errors";
import { browserTimeZone } from "../../../i18n/format";
import { localInputInDays, type ScheduleValues, scheduleErrors, zonedLocalToIso } from "./schedule-form";
import { CreateCourseScheduleMutation } from "./schedules.graphql";

export type CourseOption = { id: string; title: string; status: string; maxCapacity?: number | null };
export type VenueOption = {
  id: string;
  name: string;
  city: string;
  capacity: number;
  timezone?: string | null;
};

const FIELDS = ["courseId", "venueId", "startsAt", "endsAt", "capacity"] as const;
type Field = (typeof FIELDS)[number];
const fieldOf = userErrorFieldIn(FIELDS);

/**
 * Plans a run of an in-person course at a venue, as a draft or published at
 * once. The form checks what it can (an end after the start, a capacity the
 * room holds); the API has the last word, e.g. another schedule at the same
 * venue and time, shown at the start field.
 */
export function ScheduleForm({
  courses,
  venues,
  onCreated,
}: {
  courses: CourseOption[];
  venues: VenueOption[];
  onCreated: (schedule: { id: string; status: string }) => void;
}) {
  const { t } = useTranslation();
  const { placeFirst } = useUserErrorPlacement();
  const [{ fetching }, create] = useMutation(CreateCourseScheduleMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const first = courses.length === 1 ? courses[0] : undefined;
  const {
    register,
    handleSubmit,
    setError,
    clearErrors,
    setValue,
    watch,
    formState: { errors },
  } = useForm<ScheduleValues>({
    defaultValues: {
      courseId: first?.id ?? "",
      venueId: "",
      startsAt: localInputInDays(7, "09:00"),
      endsAt: localInputInDays(7, "17:00"),
      capacity: first?.maxCapacity ? String(first.maxCapacity) : "",
      publish: false,
    },
  });
  const venue = venues.find((item) => item.id === watch("venueId"));
  const timeZone = venue?.timezone ?? browserTimeZone();

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    clearErrors();
    const found = Object.entries(
      scheduleErrors(values, { timeZone, venueCapacity: venue?.capacity ?? null }),
    );
    for (const [field, key] of found) {
      if (key)
        setError(field as Field, { message: t(`instructor.errors.${key}`, { max: venue?.capacity ?? 0 }) });
    }
    if (found.length > 0) return;
    const result = await create({
      input: {
        courseId: values.courseId,
        venueId: values.venueId,
        startsAt: zonedLocalToIso(values.startsAt, timeZone) ?? "",
        endsAt: zonedLocalToIso(values.endsAt, timeZone) ?? "",
        capacity: Number(values.capacity),
        publish: values.publish,
      },
    });
    const payload = result.data?.createCourseSchedule;
    if (payload?.schedule) {
      onCreated(payload.schedule);
      return;
    }
    setFormError(placeFirst(payload?.userErrors ?? [], fieldOf, setError));
  });

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="schedule-form-title">
      <h2 id="schedule-form-title">{t("instructor.newSchedule")}</h2>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <FormField label={t("instructor.course")} error={errors.courseId?.message}>
        <select
          {...register("courseId", {
            // The capacity follows the course chosen, as the API's default does.
            onChange: (event: { target: { value: string } }) => {
              const course = courses.find((item) => item.id === event.target.value);
              setValue("capacity", course?.maxCapacity ? String(course.maxCapacity) : "");
            },
          })}
        >
          <option value="">{t("instructor.chooseCourse")}</option>
          {courses.map((course) => (
            <option key={course.id} value={course.id}>
              {course.status === "PUBLISHED"
                ? course.title
                : t("instructor.unpublishedCourse", { title: course.title })}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t("instructor.venue")} error={errors.venueId?.message}>
        <select {...register("venueId")}>
          <option value="">{t("instructor.chooseVenue")}</option>
          {venues.map((item) => (
            <option key={item.id} value={item.id}>
              {t("instructor.venueOption", { name: item.name, city: item.city, count: item.capacity })}
            </option>
          ))}
        </select>
      </FormField>
      <div className="form__row">
        <FormField
          label={t("instructor.startsAt")}
          hint={t("instructor.venueTimeHint", { timeZone })}
          error={errors.startsAt?.message}
        >
          <input type="datetime-local" {...register("startsAt")} />
        </FormField>
        <FormField label={t("instructor.endsAt")} error={errors.endsAt?.message}>
          <input type="datetime-local" {...register("endsAt")} />
        </FormField>
      </div>
      <FormField
        label={t("instructor.capacity")}
        hint={venue ? t("instructor.capacityHint", { count: venue.capacity }) : undefined}
        error={errors.capacity?.message}
      >
        <input type="number" min={1} step={1} inputMode="numeric" {...register("capacity")} />
      </FormField>
      <label className="check">
        <input type="checkbox" {...register("publish")} /> {t("instructor.publishNow")}
      </label>
      <div className="form__actions">
        <button type="submit" disabled={fetching}>
          {fetching ? t("instructor.saving") : t("instructor.createSchedule")}
        </button>
      </div>
    </form>
  );
}

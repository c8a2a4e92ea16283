import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Badge, type BadgeTone } from "../../../components/Badge";
import { useUserErrorText } from "../../../components/user-errors";
import { type FragmentType, useFragment } from "../../../gql/fragment-masking";
import { graphql } from "../../../gql/gql";
import type { ScheduleStatus } from "../../../gql/graphql";
import { useFormat } from "../../../i18n/format";
import { CancelCourseScheduleMutation, PublishCourseScheduleMutation } from "./schedules.graphql";

export const ScheduleRow_CourseScheduleFragment = graphql(`
  fragment ScheduleRow_CourseSchedule on CourseSchedule {
    id
    status
    startsAt
    endsAt
    capacity
    seatsBooked
    seatsLeft
    viewerCanManage
    price {
      amountCents
      currency
    }
    course {
      id
      title
    }
    venue {
      id
      name
      city
      timezone
    }
  }
`);

const STATUS_TONES: Record<ScheduleStatus, BadgeTone> = {
  DRAFT: "neutral",
  PUBLISHED: "success",
  FULL: "warning",
  CANCELLED: "danger",
  COMPLETED: "info",
};

const OPEN: ScheduleStatus[] = ["DRAFT", "PUBLISHED", "FULL"];

/** One run of a course at a venue, in the venue's time, with publish and cancel for its managers. */
export function ScheduleRow(props: { schedule: FragmentType<typeof ScheduleRow_CourseScheduleFragment> }) {
  const schedule = useFragment(ScheduleRow_CourseScheduleFragment, props.schedule);
  const { t } = useTranslation();
  const format = useFormat();
  const userErrorText = useUserErrorText();
  const reasonId = useId();
  const [publishState, publish] = useMutation(PublishCourseScheduleMutation);
  const [cancelState, cancel] = useMutation(CancelCourseScheduleMutation);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const zone = schedule.venue.timezone ?? undefined;
  const title = schedule.course?.title ?? t("instructor.hiddenCourse");
  const when = `${format.dateTime(schedule.startsAt, zone)} – ${format.dateTime(schedule.endsAt, zone)}`;
  const userError =
    publishState.data?.publishCourseSchedule.userErrors[0] ??
    cancelState.data?.cancelCourseSchedule.userErrors[0] ??
    (publishState.error || cancelState.error ? { code: "", message: t("common.actionError") } : null);
  const manageable = schedule.viewerCanManage && OPEN.includes(schedule.status);

  const confirmCancel = async () => {
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    const result = await cancel({ input: { scheduleId: schedule.id, reason: reason.trim() } });
    if (result.data?.cancelCourseSchedule.schedule) setCancelling(false);
  };

  return (
    <li className="list__item" aria-label={`${title}, ${schedule.venue.name}`} data-schedule={schedule.id}>
      <div className="booking__header">
        <p className="list__title">{title}</p>
        <Badge tone={STATUS_TONES[schedule.status]}>
          {t(`instructor.scheduleStatus.${schedule.status}`)}
        </Badge>
      </div>
      <p>
        <time dateTime={schedule.startsAt}>{when}</time>
        {zone ? <span className="muted"> ({zone})</span> : null}
      </p>
      <p className="muted">
        {t("instructor.venueLine", { name: schedule.venue.name, city: schedule.venue.city })} ·{" "}
        {format.money(schedule.price)}
      </p>
      <p>
        <strong>{t("instructor.seatsLeft", { count: schedule.seatsLeft })}</strong>{" "}
        <span className="muted">
          {t("instructor.seatsBooked", { booked: schedule.seatsBooked, capacity: schedule.capacity })}
        </span>
      </p>
      {userError ? (
        <p className="notice notice--error" role="alert">
          {userErrorText(userError)}
        </p>
      ) : null}
      {manageable ? (
        <div className="form__actions">
          {schedule.status === "DRAFT" ? (
            <button
              type="button"
              disabled={publishState.fetching}
              onClick={() => void publish({ input: { scheduleId: schedule.id } })}
            >
              {publishState.fetching ? t("instructor.publishing") : t("instructor.publish")}
            </button>
          ) : null}
          {cancelling ? (
            <form
              className="inline-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void confirmCancel();
              }}
            >
              <label htmlFor={reasonId}>{t("instructor.cancelReason")}</label>
              <input
                id={reasonId}
                value={reason}
                required
                aria-invalid={reasonMissing || undefined}
                onChange={(event) => {
                  setReason(event.target.value);
                  setReasonMissing(false);
                }}
              />
              <button type="submit" className="button--danger" disabled={cancelState.fetching}>
                {cancelState.fetching ? t("instructor.cancelling") : t("instructor.confirmCancel")}
              </button>
              <button type="button" className="button--secondary" onClick={() => setCancelling(false)}>
                {t("instructor.keepSchedule")}
              </button>
              {reasonMissing ? (
                <p className="text-error" role="alert">
                  {t("instructor.errors.reason")}
                </p>
              ) : null}
            </form>
          ) : (
            <button type="button" className="button--secondary" onClick={() => setCancelling(true)}>
              {t("instructor.cancelSchedule")}
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}

import { assertAllowed, isAdmin, isSelf } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CancelledByRole } from "./booking.rules.js";

/** Who a booking concerns: its learner, the expert (tutoring) and the schedule's managers (in person). */
export interface BookingParties {
  learnerId: string;
  expertUserId: string | null;
  scheduleManagerIds: string[];
}

const isExpert = (viewer: Viewer | null, p: BookingParties) => isSelf(viewer, p.expertUserId);
const managesSchedule = (viewer: Viewer | null, p: BookingParties) =>
  viewer != null && p.scheduleManagerIds.includes(viewer.id);

/** RLS of seeds 003/004: the learner, the expert, the schedule's managers and admins; nobody else. */
export const canReadBooking = (viewer: Viewer | null, p: BookingParties) =>
  isAdmin(viewer) || isSelf(viewer, p.learnerId) || isExpert(viewer, p) || managesSchedule(viewer, p);

/** The role a cancellation by `viewer` is recorded under, or null when they may not cancel. */
export function cancellationRole(viewer: Viewer | null, p: BookingParties): CancelledByRole | null {
  if (isSelf(viewer, p.learnerId)) return "LEARNER";
  if (isExpert(viewer, p)) return "EXPERT";
  if (isAdmin(viewer)) return "ADMIN";
  return null;
}

export const canCancelBooking = (viewer: Viewer | null, p: BookingParties) =>
  cancellationRole(viewer, p) !== null;

export function assertCanCancelBooking(viewer: Viewer | null, p: BookingParties): asserts viewer is Viewer {
  assertAllowed(viewer, canCancelBooking(viewer, p), "You cannot cancel this booking.");
}

/** Tutoring bookings are confirmed or declined by their expert; schedule seats by the schedule's managers; admins both. */
export const canConfirmBooking = (viewer: Viewer | null, p: BookingParties) =>
  isAdmin(viewer) || isExpert(viewer, p) || managesSchedule(viewer, p);

export function assertCanConfirmBooking(viewer: Viewer | null, p: BookingParties): asserts viewer is Viewer {
  assertAllowed(
    viewer,
    canConfirmBooking(viewer, p),
    "Only the expert, the schedule's managers or an admin can do this.",
  );
}

/** Attendance (completed / no-show) is recorded by whoever can confirm. */
export function assertCanRecordOutcome(viewer: Viewer | null, p: BookingParties): asserts viewer is Viewer {
  assertAllowed(
    viewer,
    canConfirmBooking(viewer, p),
    "Only the expert, the schedule's managers or an admin can do this.",
  );
}

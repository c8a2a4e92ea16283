import { registerEnumType } from "type-graphql";

export enum BookingStatusEnum {
  PENDING = "PENDING",
  CONFIRMED = "CONFIRMED",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
  DECLINED = "DECLINED",
  NO_SHOW = "NO_SHOW",
}
registerEnumType(BookingStatusEnum, {
  name: "BookingStatus",
  description: "Lifecycle of a booking: PENDING → CONFIRMED → COMPLETED, or CANCELLED / DECLINED / NO_SHOW.",
  valuesConfig: {
    PENDING: { description: "Holds a seat; waits for payment or for the expert's confirmation." },
    CONFIRMED: { description: "Will take place." },
    COMPLETED: { description: "Took place." },
    CANCELLED: {
      description: "Cancelled by the learner, the expert, an admin or the system; the seat was released.",
    },
    DECLINED: { description: "The expert declined it; the seat was released." },
    NO_SHOW: { description: "The learner did not attend." },
  },
});

export enum BookingPaymentStatusEnum {
  PENDING = "PENDING",
  PROCESSING = "PROCESSING",
  AUTHORIZED = "AUTHORIZED",
  PAID = "PAID",
  PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED",
  REFUNDED = "REFUNDED",
  FAILED = "FAILED",
  RELEASED = "RELEASED",
  NOT_REQUIRED = "NOT_REQUIRED",
}
registerEnumType(BookingPaymentStatusEnum, {
  name: "BookingPaymentStatus",
  description:
    "Where the booking's payment stands (NOT_REQUIRED for free bookings, RELEASED when nothing will be taken).",
});

export enum CancelledByRoleEnum {
  LEARNER = "LEARNER",
  EXPERT = "EXPERT",
  ADMIN = "ADMIN",
  SYSTEM = "SYSTEM",
}
registerEnumType(CancelledByRoleEnum, {
  name: "CancelledByRole",
  description: "In which capacity a booking was ended.",
});

export enum BookingKindEnum {
  TUTORING_SLOT = "TUTORING_SLOT",
  SCHEDULE_SEAT = "SCHEDULE_SEAT",
}
registerEnumType(BookingKindEnum, {
  name: "BookingKind",
  description: "What was booked: a tutoring slot or a seat in an in-person class.",
});

export enum BookingOutcomeEnum {
  COMPLETED = "COMPLETED",
  NO_SHOW = "NO_SHOW",
}
registerEnumType(BookingOutcomeEnum, {
  name: "BookingOutcome",
  description: "Attendance of a confirmed booking.",
});

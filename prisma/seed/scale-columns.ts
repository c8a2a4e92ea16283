// Column types of the tables the scale seed bulk-inserts (scale-sql.ts). Keys are checked against
// the Prisma input types; columns left out take their database defaults.
import type { Prisma } from "../../api/src/generated/prisma/client.js";
import type { ColumnTypes } from "./scale-sql.js";

const stamps = { createdAt: "timestamptz", updatedAt: "timestamptz" } as const;

export const userColumns: ColumnTypes<Prisma.UserCreateManyInput> = {
  id: "uuid",
  email: "text",
  firstName: "text",
  lastName: "text",
  fullName: "text",
  roles: "role[]",
  ...stamps,
};

export const courseColumns: ColumnTypes<Prisma.CourseCreateManyInput> = {
  id: "uuid",
  slug: "text",
  title: "text",
  description: "text",
  instructorId: "uuid",
  format: "course_format",
  status: "course_status",
  accessType: "course_access_type",
  category: "text",
  tags: "text[]",
  courseType: "training_course_type",
  level: "skill_level",
  priceCents: "int",
  currency: "text",
  language: "text",
  maxCapacity: "int",
  lessonCount: "int",
  totalDurationMinutes: "int",
  publishedAt: "timestamptz",
  ...stamps,
};

export const moduleColumns: ColumnTypes<Prisma.CourseModuleCreateManyInput> = {
  id: "uuid",
  courseId: "uuid",
  title: "text",
  position: "int",
  lessonCount: "int",
  totalDurationMinutes: "int",
  ...stamps,
};

export const lessonColumns: ColumnTypes<Prisma.LessonCreateManyInput> = {
  id: "uuid",
  courseId: "uuid",
  moduleId: "uuid",
  title: "text",
  position: "int",
  type: "lesson_type",
  videoUrl: "text",
  articleContent: "text",
  durationMinutes: "int",
  isPreview: "boolean",
  ...stamps,
};

export const expertColumns: ColumnTypes<Prisma.ExpertProfileCreateManyInput> = {
  id: "uuid",
  userId: "uuid",
  expertiseAreas: "text[]",
  currency: "text",
  hourlyRateCents: "int",
  verificationStatus: "expert_verification_status",
  rating: "numeric",
  ...stamps,
};

export const tutoringSessionColumns: ColumnTypes<Prisma.TutoringSessionCreateManyInput> = {
  id: "uuid",
  expertId: "uuid",
  title: "text",
  description: "text",
  topicTags: "text[]",
  durationMinutes: "int",
  priceCents: "int",
  currency: "text",
  ...stamps,
};

export const windowColumns: ColumnTypes<Prisma.AvailabilityWindowCreateManyInput> = {
  id: "uuid",
  expertId: "uuid",
  dayOfWeek: "smallint",
  startMinutes: "smallint",
  endMinutes: "smallint",
  timezone: "text",
  ...stamps,
};

export const slotColumns: ColumnTypes<Prisma.BookableSlotCreateManyInput> = {
  id: "uuid",
  tutoringSessionId: "uuid",
  expertId: "uuid",
  availabilityWindowId: "uuid",
  startsAt: "timestamptz",
  endsAt: "timestamptz",
  capacity: "int",
  bookedCount: "int",
  status: "slot_status",
  ...stamps,
};

export const venueColumns: ColumnTypes<Prisma.VenueCreateManyInput> = {
  id: "uuid",
  name: "text",
  addressLine1: "text",
  city: "text",
  postcode: "text",
  capacity: "int",
  timezone: "text",
  ...stamps,
};

export const scheduleColumns: ColumnTypes<Prisma.CourseScheduleCreateManyInput> = {
  id: "uuid",
  courseId: "uuid",
  venueId: "uuid",
  startsAt: "timestamptz",
  endsAt: "timestamptz",
  status: "schedule_status",
  capacity: "int",
  bookedCount: "int",
  ...stamps,
};

export const bookingColumns: ColumnTypes<Prisma.BookingCreateManyInput> = {
  id: "uuid",
  reference: "text",
  userId: "uuid",
  expertId: "uuid",
  tutoringSessionId: "uuid",
  slotId: "uuid",
  scheduleId: "uuid",
  startsAt: "timestamptz",
  endsAt: "timestamptz",
  status: "booking_status",
  paymentStatus: "booking_payment_status",
  confirmedAt: "timestamptz",
  priceCents: "int",
  paymentAmountCents: "int",
  currency: "text",
  amountAuthorizedCents: "int",
  amountCapturedCents: "int",
  amountRefundedCents: "int",
  cancelledAt: "timestamptz",
  cancelledByRole: "cancelled_by_role",
  cancellationReason: "text",
  refundableUntil: "timestamptz",
  confirmationSent: "boolean",
  reminderSent: "boolean",
  ...stamps,
};

export const transactionColumns: ColumnTypes<Prisma.PaymentTransactionCreateManyInput> = {
  id: "uuid",
  userId: "uuid",
  kind: "transaction_kind",
  status: "transaction_status",
  amountCents: "int",
  currency: "text",
  provider: "payment_provider",
  bookingId: "uuid",
  parentTransactionId: "uuid",
  idempotencyKey: "text",
  ...stamps,
};

import { isAdmin } from "../../auth/policy.js";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { forbidden } from "../../graphql/errors.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { canManageSchedule } from "../training/training.policy.js";
import { bookingSelect } from "./booking.loaders.js";
import { bookingParties } from "./booking.parties.js";
import { canReadBooking } from "./booking.policy.js";
import type { BookingStatus } from "./booking.rules.js";

export interface BookingListFilter {
  statuses?: BookingStatus[] | null;
  startsAfter?: Date | null;
  startsBefore?: Date | null;
}

export interface AdminBookingFilter extends BookingListFilter {
  scheduleId?: string | null;
  expertId?: string | null;
  userId?: string | null;
}

function filterWhere(filter: BookingListFilter): Prisma.BookingWhereInput {
  const startsAt: Prisma.DateTimeFilter = {};
  if (filter.startsAfter) startsAt.gte = filter.startsAfter;
  if (filter.startsBefore) startsAt.lt = filter.startsBefore;
  return {
    ...(filter.statuses?.length ? { status: { in: filter.statuses } } : {}),
    ...(Object.keys(startsAt).length ? { startsAt } : {}),
  };
}

/** Booking reads: the learner's, the expert's, the admin's (and schedule managers') views. */
export class BookingQueriesService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  private page(where: Prisma.BookingWhereInput, page: PageArgs) {
    return paginate(page, {
      sort: [{ field: "startsAt", direction: "asc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.booking.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: bookingSelect,
        }),
      count: () => this.deps.prisma.booking.count({ where }),
    });
  }

  /** The viewer's own bookings, soonest first (index bookings(user_id, starts_at)). */
  mine(viewer: Viewer, filter: BookingListFilter, page: PageArgs) {
    return this.page({ userId: viewer.id, ...filterWhere(filter) }, page);
  }

  /** Bookings of the viewer's tutoring sessions (index bookings(expert_id, starts_at)). */
  async asExpert(viewer: Viewer, filter: BookingListFilter, page: PageArgs) {
    const expert = await this.deps.prisma.expertProfile.findUnique({
      where: { userId: viewer.id },
      select: { id: true },
    });
    if (!expert) throw forbidden("You have no expert profile.");
    return this.page({ expertId: expert.id, ...filterWhere(filter) }, page);
  }

  /** Any bookings for admins; a schedule's bookings for its managers. */
  async list(viewer: Viewer, filter: AdminBookingFilter, page: PageArgs) {
    if (!isAdmin(viewer)) {
      const schedule = filter.scheduleId
        ? await this.deps.prisma.courseSchedule.findUnique({
            where: { id: filter.scheduleId },
            select: { status: true, instructorId: true, createdById: true },
          })
        : null;
      if (!schedule || !canManageSchedule(viewer, schedule))
        throw forbidden("Only admins can list all bookings.");
    }
    return this.page(
      {
        ...(filter.scheduleId ? { scheduleId: filter.scheduleId } : {}),
        ...(filter.expertId ? { expertId: filter.expertId } : {}),
        ...(filter.userId ? { userId: filter.userId } : {}),
        ...filterWhere(filter),
      },
      page,
    );
  }

  /** A booking by its reference, if the viewer may read it (unknown and hidden look the same). */
  async byReference(viewer: Viewer | null, reference: string) {
    const booking = await this.deps.prisma.booking.findUnique({
      where: { reference: reference.trim().toUpperCase() },
      select: bookingSelect,
    });
    if (!booking) return null;
    return canReadBooking(viewer, await bookingParties(this.deps.prisma, booking)) ? booking : null;
  }
}

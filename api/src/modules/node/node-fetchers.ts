import { isAdmin, isSelf } from "../../auth/policy.js";
import type { AppContext } from "../../context.js";
import { bookingById } from "../booking/booking.loaders.js";
import { canReadBooking } from "../booking/booking.policy.js";
import { loadParties } from "../booking/booking-fields.resolver.js";
import { catalogNodeFetchers } from "../catalog/catalog.node-fetchers.js";
import { paymentById } from "../commerce/payment.loaders.js";
import { canReadPayment } from "../commerce/payment-flow.service.js";
import { userById } from "../identity/identity.loaders.js";
import { fetchInstructorApplication } from "../identity/instructor-application.loaders.js";
import { individualNodeFetchers } from "../individual/individual.node-fetchers.js";
import { learningNodeFetchers } from "../learning/learning.node-fetchers.js";
import { liveNodeFetchers } from "../live/live.node-fetchers.js";
import { dripSubscriptionSelect, emailCourseSelect } from "../messaging/drip.service.js";
import { scheduleById, venueById } from "../training/training.loaders.js";
import { canViewSchedule } from "../training/training.policy.js";
import { expertById, slotById, tutoringSessionById } from "../tutoring/tutoring.loaders.js";
import { canManageExpert, canViewExpert, canViewTutoringSession } from "../tutoring/tutoring.policy.js";

/**
 * How `node(id)` / `nodes(ids)` load each type, with the same visibility
 * rules as the type's own queries: an object the viewer may not see is
 * reported exactly like one that does not exist. Each domain adds its types here.
 */
export type NodeFetcher = (ctx: AppContext, id: string) => Promise<object | null>;

export const nodeFetchers: Record<string, NodeFetcher> = {
  ...catalogNodeFetchers,
  ...individualNodeFetchers,
  ...learningNodeFetchers,
  ...liveNodeFetchers,
  InstructorApplication: fetchInstructorApplication,
  ApiKey: async (ctx, id) => ctx.services.apiKeys.get(await ctx.viewer(), id),
  AuditLogEntry: async (ctx, id) => ctx.services.auditLogs.get(await ctx.viewer(), id),
  Venue: (ctx, id) => venueById(ctx).load(id),
  CourseSchedule: async (ctx, id) => {
    const schedule = await scheduleById(ctx).load(id);
    return schedule && canViewSchedule(await ctx.viewer(), schedule) ? schedule : null;
  },
  Booking: async (ctx, id) => {
    const booking = await bookingById(ctx).load(id);
    return booking && canReadBooking(await ctx.viewer(), await loadParties(ctx, booking)) ? booking : null;
  },
  EmailCourse: (ctx, id) =>
    ctx.prisma.emailCourse.findFirst({ where: { id, isActive: true }, select: emailCourseSelect }),
  EmailCourseSubscription: async (ctx, id) => {
    const viewer = await ctx.viewer();
    if (!viewer) return null;
    return ctx.prisma.emailCourseSubscription.findFirst({
      where: { id, userId: viewer.id },
      select: dripSubscriptionSelect,
    });
  },
  AiConversation: async (ctx, id) => ctx.services.assistant.get(await ctx.viewer(), id),
  Notification: async (ctx, id) => ctx.services.notifications.get(await ctx.viewer(), id),
  Payment: async (ctx, id) => {
    const payment = await paymentById(ctx).load(id);
    return payment && canReadPayment(await ctx.viewer(), payment) ? payment : null;
  },
  DiscountCode: async (ctx, id) => {
    const viewer = await ctx.viewer();
    return isAdmin(viewer) ? ctx.prisma.discountCode.findUnique({ where: { id } }) : null;
  },
  ExpertProfile: async (ctx, id) => {
    const expert = await expertById(ctx).load(id);
    return expert && canViewExpert(await ctx.viewer(), expert) ? expert : null;
  },
  TutoringSession: async (ctx, id) => {
    const session = await tutoringSessionById(ctx).load(id);
    const expert = session ? await expertById(ctx).load(session.expertId) : null;
    return session && expert && canViewTutoringSession(await ctx.viewer(), session, expert) ? session : null;
  },
  BookableSlot: async (ctx, id) => {
    const slot = await slotById(ctx).load(id);
    const session = slot ? await tutoringSessionById(ctx).load(slot.tutoringSessionId) : null;
    const expert = session ? await expertById(ctx).load(session.expertId) : null;
    return slot && session && expert && canViewTutoringSession(await ctx.viewer(), session, expert)
      ? slot
      : null;
  },
  AvailabilityWindow: async (ctx, id) => {
    const window = await ctx.prisma.availabilityWindow.findUnique({ where: { id } });
    const expert = window ? await expertById(ctx).load(window.expertId) : null;
    return window && expert && canManageExpert(await ctx.viewer(), expert) ? window : null;
  },
  User: async (ctx, id) => {
    const user = await userById(ctx).load(id);
    if (!user) return null;
    const viewer = await ctx.viewer();
    // Instructor profiles are public; students are visible to themselves and admins.
    return user.roles.includes("INSTRUCTOR") || isSelf(viewer, id) || isAdmin(viewer) ? user : null;
  },
};

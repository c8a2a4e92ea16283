import { z } from "zod";
import type { Viewer } from "../../context.js";
import type { CampusPrisma } from "../../db/client.js";
import { type PageArgs, paginate } from "../../graphql/pagination.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { globalIdOf } from "../../lib/id-schema.js";
import { parseInput } from "../../lib/validation.js";
import { nextDeliveryAt } from "./drip.schedule.js";
import { enqueueRenderedEmail } from "./outbox.js";
import { escapeHtml } from "./templates/template-kit.js";

export const emailCourseSelect = {
  id: true,
  name: true,
  description: true,
  deliverySchedule: true,
  deliveryTimeMinutes: true,
  totalEmails: true,
  isActive: true,
  createdAt: true,
} as const;

export const dripSubscriptionSelect = {
  id: true,
  userId: true,
  emailCourseId: true,
  subscribedAt: true,
  currentDay: true,
  lastSentAt: true,
  nextSendAt: true,
  status: true,
  completedAt: true,
  unsubscribedAt: true,
  emailsOpened: true,
  linksClicked: true,
} as const;

const courseInput = z.object({ emailCourseId: globalIdOf("EmailCourse", "email course") });
const subscriptionInput = z.object({ subscriptionId: globalIdOf("EmailCourseSubscription", "subscription") });

type SubscriptionStatus = "ACTIVE" | "PAUSED" | "COMPLETED" | "UNSUBSCRIBED";

/** Drip email courses (seed 002): the catalog, and the viewer's own subscriptions. */
export class DripService {
  constructor(private readonly deps: { prisma: CampusPrisma }) {}

  listCourses(page: PageArgs) {
    const where = { isActive: true };
    return paginate(page, {
      sort: [{ field: "name", direction: "asc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.emailCourse.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: emailCourseSelect,
        }),
      count: () => this.deps.prisma.emailCourse.count({ where }),
    });
  }

  mySubscriptions(viewer: Viewer, page: PageArgs) {
    const where = { userId: viewer.id };
    return paginate(page, {
      sort: [{ field: "subscribedAt", direction: "desc" }],
      fetch: ({ cursorWhere, orderBy, take }) =>
        this.deps.prisma.emailCourseSubscription.findMany({
          where: cursorWhere ? { AND: [where, cursorWhere] } : where,
          orderBy,
          take,
          select: dripSubscriptionSelect,
        }),
      count: () => this.deps.prisma.emailCourseSubscription.count({ where }),
    });
  }

  /** Subscribing again after unsubscribing continues where the subscriber left off. */
  async subscribe(viewer: Viewer, input: unknown, now = new Date()) {
    const { emailCourseId } = parseInput(courseInput, input);
    const course = await this.deps.prisma.emailCourse.findFirst({
      where: { id: emailCourseId, isActive: true },
      select: { ...emailCourseSelect, welcomeEmailContent: true },
    });
    if (!course) throw fail(UserErrorCode.NOT_FOUND, "This email course does not exist.", "emailCourseId");
    const user = await this.deps.prisma.user.findUniqueOrThrow({
      where: { id: viewer.id },
      select: { email: true, timezone: true },
    });
    const nextSendAt = nextDeliveryAt(
      {
        schedule: course.deliverySchedule,
        deliveryTimeMinutes: course.deliveryTimeMinutes,
        timeZone: user.timezone,
      },
      now,
    );
    const subscription = await this.deps.prisma.$transaction(async (tx) => {
      const existing = await tx.emailCourseSubscription.findUnique({
        where: { userId_emailCourseId: { userId: viewer.id, emailCourseId } },
        select: { id: true, status: true },
      });
      if (existing && existing.status !== "UNSUBSCRIBED")
        throw fail(UserErrorCode.TAKEN, "You are already subscribed to this course.", "emailCourseId");
      const row = existing
        ? await tx.emailCourseSubscription.update({
            where: { id: existing.id },
            data: { status: "ACTIVE", unsubscribedAt: null, nextSendAt },
            select: dripSubscriptionSelect,
          })
        : await tx.emailCourseSubscription.create({
            data: { userId: viewer.id, emailCourseId, subscribedAt: now, nextSendAt },
            select: dripSubscriptionSelect,
          });
      if (course.welcomeEmailContent) {
        await enqueueRenderedEmail(
          tx,
          { to: user.email, userId: viewer.id, idempotencyKey: `drip:${row.id}:welcome` },
          "drip_course_welcome",
          {
            subject: course.name,
            text: course.welcomeEmailContent,
            html: `<p>${escapeHtml(course.welcomeEmailContent)}</p>`,
          },
        );
      }
      return row;
    });
    return { subscription };
  }

  pause(viewer: Viewer, input: unknown) {
    return this.transition(viewer, input, ["ACTIVE"], () => ({ status: "PAUSED", nextSendAt: null }));
  }

  /** The next day goes out at the next delivery time: paused days are postponed, not skipped. */
  resume(viewer: Viewer, input: unknown, now = new Date()) {
    return this.transition(viewer, input, ["PAUSED"], async (id) => {
      const sub = await this.deps.prisma.emailCourseSubscription.findUniqueOrThrow({
        where: { id },
        select: {
          user: { select: { timezone: true } },
          emailCourse: { select: { deliverySchedule: true, deliveryTimeMinutes: true } },
        },
      });
      return {
        status: "ACTIVE",
        nextSendAt: nextDeliveryAt(
          {
            schedule: sub.emailCourse.deliverySchedule,
            deliveryTimeMinutes: sub.emailCourse.deliveryTimeMinutes,
            timeZone: sub.user.timezone,
          },
          now,
        ),
      };
    });
  }

  unsubscribe(viewer: Viewer, input: unknown, now = new Date()) {
    return this.transition(viewer, input, ["ACTIVE", "PAUSED"], () => ({
      status: "UNSUBSCRIBED",
      nextSendAt: null,
      unsubscribedAt: now,
    }));
  }

  /** A conditional update on the expected status: a concurrent change cannot be overwritten. */
  private async transition(
    viewer: Viewer,
    input: unknown,
    from: SubscriptionStatus[],
    change: (
      id: string,
    ) =>
      | { status: SubscriptionStatus; nextSendAt: Date | null; unsubscribedAt?: Date }
      | Promise<{ status: SubscriptionStatus; nextSendAt: Date | null }>,
  ) {
    const { subscriptionId } = parseInput(subscriptionInput, input);
    const own = { id: subscriptionId, userId: viewer.id };
    const found = await this.deps.prisma.emailCourseSubscription.findFirst({
      where: own,
      select: { id: true },
    });
    if (!found) throw fail(UserErrorCode.NOT_FOUND, "Subscription not found.", "subscriptionId");
    const { count } = await this.deps.prisma.emailCourseSubscription.updateMany({
      where: { ...own, status: { in: from } },
      data: await change(subscriptionId),
    });
    if (count === 0)
      throw fail(
        UserErrorCode.INVALID_STATE,
        "The subscription is not in a state that allows this.",
        "subscriptionId",
      );
    const subscription = await this.deps.prisma.emailCourseSubscription.findUniqueOrThrow({
      where: { id: subscriptionId },
      select: dripSubscriptionSelect,
    });
    return { subscription };
  }
}

const fail = (code: UserErrorCode, message: string, field: string) =>
  new UserErrorsException([userError(code, message, field)]);

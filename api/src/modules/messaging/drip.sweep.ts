// The drip sweep: sends the next day of every subscription whose nextSendAt has
// passed. Each subscription is claimed with FOR UPDATE SKIP LOCKED and advanced
// (currentDay + 1, next nextSendAt) in the transaction that queues its email,
// so concurrent sweeps never send a day twice, and a day is only ever the one
// after the last: none is skipped. The outbox key `drip:<subscription>:<day>`
// makes a second copy impossible even if that reasoning were wrong.
import { randomUUID } from "node:crypto";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { nextDeliveryAt } from "./drip.schedule.js";
import { enqueueRenderedEmail } from "./outbox.js";
import { escapeHtml } from "./templates/template-kit.js";
import { trackingUrls } from "./tracking.js";

export interface DripDeps {
  prisma: CampusPrisma;
  publicUrl: string;
  trackingSecret: string;
}

export interface DripRun {
  sent: number;
  completed: number;
}

const BATCH = 50;

export async function runDripSweep(deps: DripDeps, now = new Date()): Promise<DripRun> {
  const run: DripRun = { sent: 0, completed: 0 };
  for (;;) {
    const claimed = await deps.prisma.$transaction(
      async (tx) => {
        const due = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM email_course_subscriptions
          WHERE status = 'ACTIVE' AND next_send_at <= ${now}
          ORDER BY next_send_at LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED`;
        for (const { id } of due) {
          const outcome = await sendNextDay(tx, deps, id, now);
          if (outcome !== "waiting") run.sent += 1;
          if (outcome === "completed") run.completed += 1;
        }
        return due.length;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (claimed < BATCH) return run;
  }
}

async function sendNextDay(
  tx: Prisma.TransactionClient,
  deps: DripDeps,
  subscriptionId: string,
  now: Date,
): Promise<"sent" | "completed" | "waiting"> {
  const sub = await tx.emailCourseSubscription.findUniqueOrThrow({
    where: { id: subscriptionId },
    select: {
      id: true,
      currentDay: true,
      user: { select: { id: true, email: true, timezone: true, deactivatedAt: true, deletedAt: true } },
      emailCourse: {
        select: {
          id: true,
          name: true,
          deliverySchedule: true,
          deliveryTimeMinutes: true,
          totalEmails: true,
          completionEmailContent: true,
          isActive: true,
        },
      },
    },
  });
  const course = sub.emailCourse;
  const timing = {
    schedule: course.deliverySchedule,
    deliveryTimeMinutes: course.deliveryTimeMinutes,
    timeZone: sub.user.timezone,
  };
  const day = sub.currentDay + 1;
  const content = await tx.emailCourseContent.findUnique({
    where: { emailCourseId_dayNumber: { emailCourseId: course.id, dayNumber: day } },
    select: { id: true, subject: true, htmlContent: true, plainTextContent: true },
  });
  // Nothing to send today (course switched off, account closed, day not written yet): try next time.
  if (!content || !course.isActive || sub.user.deactivatedAt || sub.user.deletedAt) {
    await tx.emailCourseSubscription.update({
      where: { id: sub.id },
      data: { nextSendAt: nextDeliveryAt(timing, now) },
    });
    return "waiting";
  }
  const emailId = randomUUID();
  const urls = trackingUrls(deps.publicUrl, deps.trackingSecret, emailId);
  await enqueueRenderedEmail(
    tx,
    {
      id: emailId,
      to: sub.user.email,
      userId: sub.user.id,
      idempotencyKey: `drip:${sub.id}:${day}`,
      notBefore: now,
      dripSubscriptionId: sub.id,
      dripContentId: content.id,
    },
    "drip_course",
    {
      subject: content.subject,
      text: content.plainTextContent ?? content.htmlContent.replace(/<[^>]+>/g, ""),
      html: `${trackLinks(content.htmlContent, deps.publicUrl, urls.click)}<img src="${escapeHtml(urls.pixel)}" width="1" height="1" alt="">`,
    },
  );
  await tx.emailCourseContent.update({ where: { id: content.id }, data: { sentCount: { increment: 1 } } });
  const last = day >= course.totalEmails;
  await tx.emailCourseSubscription.update({
    where: { id: sub.id },
    data: {
      currentDay: day,
      lastSentAt: now,
      nextSendAt: last ? null : nextDeliveryAt(timing, now, now),
      ...(last ? { status: "COMPLETED", completedAt: now } : {}),
    },
  });
  if (last && course.completionEmailContent) {
    await enqueueRenderedEmail(
      tx,
      { to: sub.user.email, userId: sub.user.id, idempotencyKey: `drip:${sub.id}:completed`, notBefore: now },
      "drip_course_completed",
      {
        subject: course.name,
        text: course.completionEmailContent,
        html: `<p>${escapeHtml(course.completionEmailContent)}</p>`,
      },
    );
  }
  return last ? "completed" : "sent";
}

/** Routes links to Campus itself through the click tracker; other links stay untouched. */
function trackLinks(html: string, publicUrl: string, click: (url: string) => string): string {
  const origin = new URL(publicUrl).origin;
  return html.replace(/href="([^"]+)"/g, (whole, href: string) => {
    try {
      return new URL(href).origin === origin ? `href="${escapeHtml(click(href))}"` : whole;
    } catch {
      return whole;
    }
  });
}

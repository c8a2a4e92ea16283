// messaging: in-app notifications (read and unread), the email log of booking and quote mails,
// drip email courses with subscribers, and AI assistant conversations (data/messaging.ts).
import type { Prisma } from "../../api/src/generated/prisma/client.js";
import { planBooking } from "./booking-plan.js";
import { type SeedContext, stamps } from "./context.js";
import { bookings } from "./data/bookings.js";
import { chats, dripCourses, dripSubscriptions, notifications } from "./data/messaging.js";
import { people } from "./data/people.js";
import { seedId, shortHash } from "./ids.js";
import { bookingId, courseId, emailCourseId, lessonId, userId } from "./refs.js";
import { addDays, addMinutes, HOUR_MS, localDateOf, zonedInstant } from "./time.js";

export async function seedMessaging(ctx: SeedContext): Promise<void> {
  const hoursAgo = (h: number) => new Date(ctx.now.getTime() - h * HOUR_MS);
  await ctx.prisma.notification.createMany({
    skipDuplicates: true,
    data: notifications.map(([who, type, title, description, link, hours, read], i) => ({
      id: seedId(`notification:${who}:${i}`),
      userId: userId(who),
      title,
      description,
      type,
      link,
      readAt: read ? hoursAgo(hours - 1) : null,
      metadata: { source: "seed" },
      ...stamps(hoursAgo(hours)),
    })),
  });
  await ctx.prisma.emailLog.createMany({ data: emailLogs(ctx), skipDuplicates: true });
  await seedDrips(ctx);
  await seedChats(ctx, hoursAgo);
}

function emailLogs(ctx: SeedContext): Prisma.EmailLogCreateManyInput[] {
  const logs: Prisma.EmailLogCreateManyInput[] = [];
  for (const def of bookings) {
    const b = planBooking(ctx, def);
    const to = people[def.who];
    const base = { recipientEmail: to.email, bookingId: bookingId(def.key), userId: userId(def.who) };
    const confirmed = ["CONFIRMED", "COMPLETED", "NO_SHOW"].includes(def.status) || b.captured > 0;
    if (confirmed) {
      logs.push({
        ...base,
        id: seedId(`email:${def.key}:confirmation`),
        emailType: "booking_confirmation",
        subject: `Booking ${b.reference} confirmed: ${b.productName}`,
        status: "SENT",
        providerMessageId: `<${shortHash(`msg/${def.key}`)}@mail.campus.test>`,
        ...stamps(addMinutes(b.createdAt, 3)),
      });
    }
    if (def.status === "PENDING") {
      logs.push({
        ...base,
        id: seedId(`email:${def.key}:payment-pending`),
        emailType: "booking_payment_pending",
        subject: `Complete your booking ${b.reference}`,
        status: "QUEUED",
        ...stamps(addMinutes(b.createdAt, 1)),
      });
    }
    if (def.payment === "FAILED") {
      // The learner's mailbox rejected the failure notice: the bounce is what the log shows.
      logs.push({
        ...base,
        id: seedId(`email:${def.key}:payment-failed`),
        emailType: "booking_payment_failed",
        subject: `Payment failed for ${b.reference}`,
        status: "BOUNCED",
        errorMessage: "550 5.1.1 mailbox full",
        ...stamps(addMinutes(b.createdAt, 2)),
      });
    }
    if (def.certificate) {
      logs.push({
        ...base,
        id: seedId(`email:${def.key}:certificate`),
        emailType: "certificate_issued",
        subject: `Your ${b.productName} certificate`,
        status: "SENT",
        ...stamps(addMinutes(b.endsAt, 65)),
      });
    }
  }
  logs.push({
    id: seedId("email:quote:jeanpierre-2"),
    recipientEmail: people.jeanpierre.email,
    userId: userId("jeanpierre"),
    emailType: "quote_sent",
    subject: "Votre devis révisé pour des cours particuliers de bridge",
    status: "SENT",
    ...stamps(ctx.day(-2, 10, 1)),
  });
  logs.push({
    id: seedId("email:welcome:ravi:failed"),
    recipientEmail: people.ravi.email,
    userId: userId("ravi"),
    emailType: "welcome",
    subject: "Welcome to Campus",
    status: "FAILED",
    errorMessage: "SMTP timeout after 30 s",
    ...stamps(ctx.day(-45, 12)),
  });
  return logs;
}

async function seedDrips(ctx: SeedContext): Promise<void> {
  await ctx.prisma.emailCourse.createMany({
    skipDuplicates: true,
    data: dripCourses.map((d) => ({
      id: emailCourseId(d.key),
      name: d.name,
      description: d.description,
      deliverySchedule: d.schedule,
      totalEmails: d.days.length,
      welcomeEmailContent: `<p>${d.name}: ${d.description}</p>`,
      completionEmailContent: `<p>${d.name}: done!</p>`,
      ...stamps(ctx.day(-200, 9)),
    })),
  });
  await ctx.prisma.emailCourseContent.createMany({
    skipDuplicates: true,
    data: dripCourses.flatMap((d) =>
      d.days.map(([subject, preview], i) => ({
        id: seedId(`email-course-content:${d.key}:${i + 1}`),
        emailCourseId: emailCourseId(d.key),
        dayNumber: i + 1,
        subject,
        previewText: preview,
        htmlContent: `<h1>${subject}</h1><p>${preview}.</p>`,
        plainTextContent: `${subject}\n\n${preview}.`,
        sentCount: 40 - i * 6,
        openRate: (0.62 - i * 0.05).toFixed(2),
        clickRate: (0.21 - i * 0.03).toFixed(2),
        ...stamps(ctx.day(-200, 9)),
      })),
    ),
  });
  await ctx.prisma.emailCourseSubscription.createMany({
    skipDuplicates: true,
    data: dripSubscriptions.map(([who, key, status, day, opened, clicked]) => {
      const drip = dripCourses.find((d) => d.key === key);
      const step = drip?.schedule === "WEEKLY" ? 7 : 1;
      const zone = people[who].timezone;
      // Emails go out at 09:00 (deliveryTimeMinutes 540) in the subscriber's own time zone.
      const at9 = (days: number) => zonedInstant(zone, localDateOf(zone, addDays(ctx.today, days)), 540);
      const lastSent = at9(-step);
      const subscribed = addDays(lastSent, -step * (day - 1) - 1);
      return {
        id: seedId(`email-course-subscription:${who}:${key}`),
        userId: userId(who),
        emailCourseId: emailCourseId(key),
        subscribedAt: subscribed,
        currentDay: day,
        lastSentAt: lastSent,
        nextSendAt: status === "ACTIVE" ? at9(step === 7 ? 6 : 1) : null,
        status,
        completedAt: status === "COMPLETED" ? lastSent : null,
        unsubscribedAt: status === "UNSUBSCRIBED" ? addDays(lastSent, 1) : null,
        emailsOpened: opened,
        linksClicked: clicked,
        ...stamps(subscribed),
      };
    }),
  });
}

async function seedChats(ctx: SeedContext, hoursAgo: (h: number) => Date): Promise<void> {
  await ctx.prisma.aiConversation.createMany({
    skipDuplicates: true,
    data: chats.map((c) => {
      const started = hoursAgo(c.hoursAgo);
      return {
        id: seedId(`ai-conversation:${c.key}`),
        userId: userId(c.who),
        courseId: c.slug ? courseId(c.slug) : null,
        lessonId: c.slug && c.lesson ? lessonId(c.slug, c.lesson[0], c.lesson[1]) : null,
        startedAt: started,
        lastMessageAt: addMinutes(started, c.messages.length - 1),
        messageCount: c.messages.length,
        contextType: c.context,
        requiresHumanReview: c.review === true,
        isActive: !c.review,
        ...stamps(started),
      };
    }),
  });
  await ctx.prisma.aiMessage.createMany({
    skipDuplicates: true,
    data: chats.flatMap((c) =>
      c.messages.map(([role, content], i) => ({
        id: seedId(`ai-message:${c.key}:${i}`),
        conversationId: seedId(`ai-conversation:${c.key}`),
        role,
        content,
        tokensUsed: role === "ASSISTANT" ? 40 + Math.round(content.length / 4) : null,
        modelUsed: role === "ASSISTANT" ? "campus-tutor-demo" : null,
        responseTimeMs: role === "ASSISTANT" ? 850 + i * 40 : null,
        ...stamps(addMinutes(hoursAgo(c.hoursAgo), i)),
      })),
    ),
  });
}

import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../../test/factories.js";
import type { Viewer } from "../../context.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { nextDeliveryAt } from "./drip.schedule.js";
import { DripService } from "./drip.service.js";
import { runDripSweep } from "./drip.sweep.js";
import { openTestPrisma } from "./messaging.test-db.js";
import { readTrackingToken, recordEngagement } from "./tracking.js";

const SECRET = "test-tracking-secret";

describe("drip schedule", () => {
  it("keeps 09:00 local across the Paris DST change and skips weekends for WEEKDAYS", () => {
    const timing = { schedule: "DAILY" as const, deliveryTimeMinutes: 540, timeZone: "Europe/Paris" };
    expect(nextDeliveryAt(timing, new Date("2026-03-28T07:30:00Z")).toISOString()).toBe(
      "2026-03-28T08:00:00.000Z",
    );
    expect(nextDeliveryAt(timing, new Date("2026-03-28T08:00:00Z")).toISOString()).toBe(
      "2026-03-29T07:00:00.000Z",
    );
    const weekdays = { ...timing, schedule: "WEEKDAYS" as const };
    // Friday 2026-03-27 after 09:00 -> Monday 30th.
    expect(nextDeliveryAt(weekdays, new Date("2026-03-27T12:00:00Z")).toISOString()).toBe(
      "2026-03-30T07:00:00.000Z",
    );
  });
});

describe("drip sweep over 30 days with a fake clock", () => {
  let db: Awaited<ReturnType<typeof openTestPrisma>>;
  beforeAll(async () => {
    db = await openTestPrisma();
  });
  afterAll(() => db.close());

  it("sends every day exactly once at the local delivery time, in 3 zones, honoring pauses", async () => {
    const { prisma } = db;
    const course = await prisma.emailCourse.create({
      data: {
        name: "Writing",
        deliverySchedule: "DAILY",
        deliveryTimeMinutes: 540,
        totalEmails: 40,
        welcomeEmailContent: "Welcome!",
      },
    });
    await prisma.emailCourseContent.createMany({
      data: Array.from({ length: 40 }, (_, i) => ({
        emailCourseId: course.id,
        dayNumber: i + 1,
        subject: `Day ${i + 1}`,
        htmlContent: `<p>Day ${i + 1} <a href="http://localhost:4000/lesson/${i + 1}">read</a></p>`,
      })),
    });
    const weekly = await prisma.emailCourse.create({
      data: { name: "Weekdays", deliverySchedule: "WEEKDAYS", deliveryTimeMinutes: 450, totalEmails: 30 },
    });
    await prisma.emailCourseContent.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        emailCourseId: weekly.id,
        dayNumber: i + 1,
        subject: `W${i + 1}`,
        htmlContent: "x",
      })),
    });
    const zones = ["Europe/Paris", "Australia/Sydney", "Asia/Kolkata"];
    const users = await Promise.all(
      zones.map(async (timezone) => {
        const u = await createUser(prisma);
        await prisma.user.update({ where: { id: u.id }, data: { timezone } });
        return { id: u.id, email: u.email, roles: ["STUDENT"] } as Viewer;
      }),
    );
    const service = new DripService({ prisma });
    const start = new Date("2026-03-20T00:10:00Z");
    const subs = await Promise.all(
      users.map(
        async (u) =>
          (await service.subscribe(u, { emailCourseId: toGlobalId("EmailCourse", course.id) }, start))
            .subscription,
      ),
    );
    const paris = users[0] as Viewer;
    const weekdaySub = (
      await service.subscribe(paris, { emailCourseId: toGlobalId("EmailCourse", weekly.id) }, start)
    ).subscription;
    const parisSub = subs[0]!;
    const deps = { prisma, publicUrl: "http://localhost:4000", trackingSecret: SECRET };

    const stepMs = 30 * 60_000;
    const end = start.getTime() + 30 * 86_400_000;
    const pauseAt = new Date("2026-03-25T12:00:00Z").getTime();
    const resumeAt = new Date("2026-03-29T12:00:00Z").getTime();
    let paused = false;
    let resumed = false;
    for (let t = start.getTime(); t <= end; t += stepMs) {
      const now = new Date(t);
      if (t >= pauseAt && !paused) {
        paused = true;
        await service.pause(paris, { subscriptionId: toGlobalId("EmailCourseSubscription", parisSub.id) });
      }
      if (t >= resumeAt && !resumed) {
        resumed = true;
        await service.resume(
          paris,
          { subscriptionId: toGlobalId("EmailCourseSubscription", parisSub.id) },
          now,
        );
      }
      await runDripSweep(deps, now);
      // A second replica sweeping at the same moment finds nothing left.
      expect((await runDripSweep(deps, now)).sent).toBe(0);
    }

    const byZone = new Map(users.map((u, i) => [u.id, zones[i]!]));
    for (const sub of [...subs, weekdaySub]) {
      const emails = await prisma.emailLog.findMany({
        where: { dripSubscriptionId: sub.id },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, subject: true, userId: true },
      });
      const zone = byZone.get(emails[0]!.userId!)!;
      const local = emails.map((e) => DateTime.fromJSDate(e.createdAt, { zone }));
      const isWeekdays = sub.id === weekdaySub.id;
      // Each day number once, in order, none skipped.
      expect(emails.map((e) => e.subject)).toEqual(
        emails.map((_, i) => `${isWeekdays ? "W" : "Day "}${i + 1}`),
      );
      // One per local calendar day, within the sweep step after the delivery time.
      expect(new Set(local.map((d) => d.toISODate())).size).toBe(local.length);
      for (const d of local) {
        const minutes = d.hour * 60 + d.minute;
        const target = isWeekdays ? 450 : 540;
        expect(minutes).toBeGreaterThanOrEqual(target);
        expect(minutes).toBeLessThan(target + 30);
        if (isWeekdays) expect(d.weekday).toBeLessThanOrEqual(5);
      }
      if (sub.id === parisSub.id) {
        const inPause = emails.filter(
          (e) => e.createdAt.getTime() > pauseAt && e.createdAt.getTime() < resumeAt,
        );
        expect(inPause).toHaveLength(0);
        expect(emails.length).toBe(26); // 30 delivery days (20 March to 18 April) minus 26–29 March.
      } else if (!isWeekdays) {
        expect(emails.length).toBeGreaterThanOrEqual(30);
      }
    }
    expect(await prisma.emailLog.count({ where: { emailType: "drip_course_welcome" } })).toBe(3);

    // Tracking: the first open and click count once, on the subscription and the content.
    const one = await prisma.emailLog.findFirstOrThrow({
      where: { dripSubscriptionId: parisSub.id },
      select: { id: true, htmlBody: true },
    });
    const token = one.htmlBody!.match(/\/t\/open\/([^.]+\.[^.]+)\.gif/)![1]!;
    expect(readTrackingToken(SECRET, token)).toBe(one.id);
    expect(readTrackingToken("other-secret", token)).toBeNull();
    expect(one.htmlBody).toContain("/t/click/");
    await recordEngagement(prisma, one.id, "open");
    await recordEngagement(prisma, one.id, "open");
    await recordEngagement(prisma, one.id, "click");
    const after = await prisma.emailCourseSubscription.findUniqueOrThrow({ where: { id: parisSub.id } });
    expect([after.emailsOpened, after.linksClicked]).toEqual([1, 1]);
  });
});

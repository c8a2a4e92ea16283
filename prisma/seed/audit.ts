// audit: learner activity, admin actions with before/after values, and product analytics events.
// IPs come from the documentation ranges (RFC 5737 / RFC 3849) so they never point at real hosts.
import { type SeedContext, stamps } from "./context.js";
import type { PersonKey } from "./data/people.js";
import { seedId } from "./ids.js";
import { seededRandom } from "./random.js";
import { bookingId, courseId, lessonId, quizId, scheduleId, transactionId, userId } from "./refs.js";
import { HOUR_MS } from "./time.js";

const BROWSER_UA =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
const MOBILE_UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";

/** [who, action, entity type, entity id, hours ago] */
const activity: ReadonlyArray<[PersonKey, string, string | null, string | null, number]> = [
  ["emma", "login", null, null, 3],
  ["emma", "course_view", "course", courseId("graphql-api-design"), 2.9],
  ["emma", "lesson_complete", "lesson", lessonId("graphql-api-design", 1, 0), 26],
  ["emma", "quiz_submit", "quiz", quizId("ts-final"), 96 * 24],
  ["lucas", "login", null, null, 6],
  ["lucas", "lesson_start", "lesson", lessonId("bridge-les-bases", 1, 2), 5],
  ["noah", "booking_cancel", "booking", bookingId("noah-pairing-late-cancel"), 6 * 24],
  ["mia", "course_view", "course", courseId("python-data-analysis"), 96],
  [
    "ravi",
    "instructor_application_submit",
    "instructor_application",
    seedId("instructor-application:ravi"),
    3 * 24,
  ],
  ["chloe", "booking_start", "booking", bookingId("chloe-claire-60"), 0.1],
];

export async function seedAudit(ctx: SeedContext): Promise<void> {
  const ago = (hours: number) => new Date(ctx.now.getTime() - hours * HOUR_MS);
  await ctx.prisma.activityLog.createMany({
    skipDuplicates: true,
    data: activity.map(([who, action, entityType, entityId, hours], i) => ({
      id: seedId(`activity:${i}:${who}:${action}`),
      userId: userId(who),
      action,
      entityType,
      entityId,
      ipAddress: `203.0.113.${10 + i}`,
      userAgent: i % 3 === 0 ? MOBILE_UA : BROWSER_UA,
      sessionId: `sess_${who}_${Math.floor(hours / 24)}`,
      metadata: { source: "seed" },
      ...stamps(ago(hours)),
    })),
  });
  await ctx.prisma.auditLog.createMany({
    skipDuplicates: true,
    data: [
      {
        id: seedId("audit:approve-sophie"),
        actorId: userId("admin"),
        action: "instructor_application.approve",
        entityType: "InstructorApplication",
        entityId: seedId("instructor-application:sophie"),
        oldValues: { status: "SUBMITTED" },
        newValues: { status: "APPROVED" },
        ipAddress: "198.51.100.7",
        userAgent: BROWSER_UA,
        ...stamps(ctx.day(-205, 11)),
      },
      {
        id: seedId("audit:archive-angularjs"),
        actorId: userId("admin"),
        action: "course.archive",
        entityType: "Course",
        entityId: courseId("angularjs-essentials"),
        oldValues: { status: "PUBLISHED" },
        newValues: { status: "ARCHIVED" },
        ipAddress: "198.51.100.7",
        userAgent: BROWSER_UA,
        ...stamps(ctx.day(-90, 15)),
      },
      {
        id: seedId("audit:cancel-schedule"),
        actorId: userId("thomas"),
        action: "schedule.cancel",
        entityType: "CourseSchedule",
        entityId: scheduleId("paris-efaw-cancelled"),
        oldValues: { status: "PUBLISHED" },
        newValues: {
          status: "CANCELLED",
          notes: "Cancelled: trainer unavailable, attendees moved to the FAW run",
        },
        ipAddress: "2001:db8::42",
        userAgent: BROWSER_UA,
        ...stamps(ctx.day(-4, 9)),
      },
      {
        id: seedId("audit:refund-mia-purchase"),
        actorId: userId("admin"),
        action: "payment.refund",
        entityType: "Payment",
        entityId: transactionId("purchase:mia:typescript-from-zero"),
        oldValues: { status: "SUCCEEDED", enrollmentStatus: "ACTIVE" },
        newValues: { status: "REFUNDED", enrollmentStatus: "REVOKED" },
        ipAddress: "198.51.100.7",
        userAgent: BROWSER_UA,
        ...stamps(ctx.day(-99, 10)),
      },
    ],
  });
  const random = seededRandom("analytics-events");
  const pages = [
    "/",
    "/courses",
    "/courses/bridge-les-bases",
    "/courses/graphql-api-design",
    "/training/first-aid-at-work",
    "/experts/claire-dubois",
    "/checkout",
  ];
  const types = [
    "page_view",
    "page_view",
    "page_view",
    "course_view",
    "add_to_cart",
    "checkout_start",
    "search",
  ];
  const visitors: Array<PersonKey | null> = ["emma", "lucas", "noah", null, null, "chloe", "mia", null];
  await ctx.prisma.analyticsEvent.createMany({
    skipDuplicates: true,
    data: Array.from({ length: 60 }, (_, i) => {
      const who = random.pick(visitors);
      const mobile = random.chance(0.4);
      const page = random.pick(pages);
      return {
        id: seedId(`analytics-event:${i}`),
        eventType: random.pick(types),
        userId: who ? userId(who) : null,
        sessionId: `web_${who ?? "anon"}_${i % 7}`,
        pageUrl: `https://campus.test${page}`,
        referrerUrl: i % 4 === 0 ? "https://www.google.com/" : null,
        eventData: { page, position: i % 5 },
        ipAddress: `192.0.2.${1 + (i % 200)}`,
        userAgent: mobile ? MOBILE_UA : BROWSER_UA,
        deviceType: mobile ? "mobile" : "desktop",
        browser: "Safari",
        ...stamps(ago(i * 5 + random.int(0, 4))),
      };
    }),
  });
}

// learning: enrollments with lesson progress that matches their counters, daily learning
// analytics, and certificates for completed courses (data/enrollments.ts, data/analytics.ts).
import type { Prisma } from "../../api/src/generated/prisma/client.js";
import { attemptScores } from "./assessment.js";
import { type SeedContext, stamps } from "./context.js";
import { activeLearners, learningDays } from "./data/analytics.js";
import { courseDef } from "./data/courses.js";
import { flatLessons } from "./data/curricula.js";
import { discountFor } from "./data/discounts.js";
import { type EnrollmentDef, enrollments } from "./data/enrollments.js";
import { fullName } from "./data/people.js";
import { seedId, verificationCode } from "./ids.js";
import { courseId, enrollmentId, lessonId, userId } from "./refs.js";
import { addMinutes, dateColumn, localDateOf } from "./time.js";

/** Amount paid for an enrollment (null when access was not bought). */
export function enrollmentPayment(
  e: EnrollmentDef,
): { price: number; discount: number; paid: number } | null {
  if (e.access !== "PURCHASED") return null;
  const price = courseDef(e.slug).priceCents;
  const discount = discountFor(e.code, price);
  return { price, discount, paid: price - discount };
}

function progressFor(ctx: SeedContext, e: EnrollmentDef) {
  const lessons = flatLessons(e.slug);
  const done = e.completed === "all" ? lessons.length : e.completed;
  const start = ctx.day(-e.enrolledDaysAgo, 19);
  const end = ctx.day(-e.lastAccessDaysAgo, 20);
  const span = end.getTime() - start.getTime();
  const rows: Prisma.LessonProgressCreateManyInput[] = [];
  lessons.forEach((l, i) => {
    const base = {
      id: seedId(`lesson-progress:${e.who}:${e.slug}:${i}`),
      userId: userId(e.who),
      courseId: courseId(e.slug),
      lessonId: lessonId(e.slug, l.module, l.lesson),
      enrollmentId: enrollmentId(e.who, e.slug),
    };
    if (i < done) {
      const completedAt = new Date(start.getTime() + (span * (i + 1)) / done);
      const spent = l.minutes + (i % 3) * 2;
      rows.push({
        ...base,
        status: "COMPLETED",
        startedAt: addMinutes(completedAt, -spent),
        completedAt,
        videoPositionSeconds: l.type === "VIDEO" ? l.minutes * 60 - 50 : 0,
        videoCompleted: l.type === "VIDEO",
        timeSpentMinutes: spent,
        lastAccessedAt: completedAt,
        userNotes: i === 1 ? "Revoir cet exemple / rewatch this one" : null,
        ...stamps(completedAt),
      });
    } else if (i === done && e.status === "ACTIVE") {
      rows.push({
        ...base,
        status: "IN_PROGRESS",
        startedAt: addMinutes(end, -8),
        videoPositionSeconds: l.type === "VIDEO" ? 240 : 0,
        timeSpentMinutes: 8,
        lastAccessedAt: end,
        ...stamps(addMinutes(end, -8)),
      });
    }
  });
  return { lessons, done, rows, start, end };
}

export async function seedLearning(ctx: SeedContext): Promise<void> {
  const enrollmentRows: Prisma.EnrollmentCreateManyInput[] = [];
  const progressRows: Prisma.LessonProgressCreateManyInput[] = [];
  const certificates: Prisma.CertificateCreateManyInput[] = [];
  for (const e of enrollments) {
    const { lessons, done, rows, start, end } = progressFor(ctx, e);
    progressRows.push(...rows);
    const payment = enrollmentPayment(e);
    const course = courseDef(e.slug);
    const last = lessons[Math.min(done, lessons.length - 1)];
    const scores = attemptScores(e.who, e.slug);
    enrollmentRows.push({
      id: enrollmentId(e.who, e.slug),
      userId: userId(e.who),
      courseId: courseId(e.slug),
      status: e.status,
      enrolledAt: start,
      expiresAt: e.status === "EXPIRED" ? ctx.day(-60) : null,
      accessType: e.access,
      paymentAmountCents: payment?.paid ?? (e.access === "FREE_GRANT" ? 0 : null),
      currency: payment || e.access === "FREE_GRANT" ? course.currency : null,
      paymentMethod: payment
        ? "STRIPE"
        : e.access === "FREE_GRANT"
          ? "FREE"
          : e.access === "PROMOTIONAL"
            ? "PROMOTIONAL_CODE"
            : null,
      promotionalCodeUsed: e.code ?? (e.access === "PROMOTIONAL" ? "SUMMER2025" : null),
      progressPercentage: Math.round((100 * done) / lessons.length),
      completedLessons: done,
      totalLessons: lessons.length,
      lastAccessedAt: end,
      lastLessonId: last ? lessonId(e.slug, last.module, last.lesson) : null,
      completedAt: e.status === "COMPLETED" ? end : null,
      totalTimeSpentMinutes: rows.reduce((sum, r) => sum + (r.timeSpentMinutes ?? 0), 0),
      averageQuizScore: scores.length ? (scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(2) : null,
      ...stamps(start),
    });
    if (e.status === "COMPLETED" && course.hasCertificate) {
      certificates.push({
        id: seedId(`certificate:${e.who}:${e.slug}`),
        userId: userId(e.who),
        userName: fullName(e.who),
        courseId: courseId(e.slug),
        courseName: course.title,
        instructorId: course.instructor ? userId(course.instructor) : null,
        instructorName: course.instructor ? fullName(course.instructor) : null,
        enrollmentId: enrollmentId(e.who, e.slug),
        issuedAt: end,
        verificationCode: verificationCode(`${e.who}:${e.slug}`),
        certificateUrl: `https://cdn.campus.test/certificates/${e.who}-${e.slug}.pdf`,
        // One withdrawn certificate for the demo: Lena's final project was found to be plagiarised.
        revokedAt: e.who === "lena" ? ctx.day(-185) : null,
        metadata: {
          hours: Math.round(lessons.reduce((s, l) => s + l.minutes, 0) / 6) / 10,
          language: course.language,
        },
        ...stamps(end),
      });
    }
  }
  await ctx.prisma.enrollment.createMany({ data: enrollmentRows, skipDuplicates: true });
  await ctx.prisma.lessonProgress.createMany({ data: progressRows, skipDuplicates: true });
  await ctx.prisma.certificate.createMany({ data: certificates, skipDuplicates: true });

  const days: Prisma.LearningAnalyticsDayCreateManyInput[] = [];
  for (const [who, keenness] of activeLearners) {
    for (const d of learningDays(who, keenness)) {
      const date = localDateOf("UTC", ctx.day(-d.daysAgo));
      const { daysAgo, ...metrics } = d;
      days.push({
        id: seedId(`learning-day:${who}:${daysAgo}`),
        userId: userId(who),
        date: dateColumn(date),
        ...metrics,
        quizAverageScore: metrics.quizAverageScore === null ? null : metrics.quizAverageScore.toFixed(2),
        ...stamps(ctx.day(-daysAgo, 23, 55)),
      });
    }
  }
  await ctx.prisma.learningAnalyticsDay.createMany({ data: days, skipDuplicates: true });
}

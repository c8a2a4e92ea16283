// Course access bought through the ledger. Granted in the transaction that
// records the successful payment, under the course row lock (course-lock.ts)
// so the student counters recomputed after it are exact. A payment confirmed
// twice (the synchronous confirmation racing the webhook) reaches this once:
// the caller holds the ledger row lock and moves it to SUCCEEDED only once;
// the unique (user, course) enrollment is the backstop.
import type { Prisma } from "../../generated/prisma/client.js";
import { recordActivity } from "../analytics/activity-log.js";
import { refreshStudentCounters } from "../catalog/counters.js";
import { accessGrantingEnrollment } from "../catalog/course-access.loaders.js";
import { lockCourse } from "../catalog/course-lock.js";
import type { PaymentRow } from "./ledger.js";

type Tx = Prisma.TransactionClient;
export type PurchaseAccess = "PURCHASED" | "FREE_GRANT" | "PROMOTIONAL";

export async function grantCourseEnrollment(
  tx: Tx,
  payment: PaymentRow,
  access: PurchaseAccess,
): Promise<string> {
  const courseId = payment.courseId;
  if (!courseId) throw new Error(`Payment ${payment.id} has no course`);
  await lockCourse(tx, courseId);
  const active = await tx.enrollment.findFirst({
    where: { ...accessGrantingEnrollment(payment.userId), courseId },
    select: { id: true },
  });
  let enrollmentId = active?.id;
  if (!enrollmentId) {
    const course = await tx.course.findUniqueOrThrow({
      where: { id: courseId },
      select: { lessonCount: true },
    });
    const terms = {
      status: "ACTIVE" as const,
      accessType: access,
      expiresAt: null,
      enrolledAt: new Date(),
      paymentAmountCents: payment.amountCents,
      currency: payment.currency,
      paymentMethod:
        access === "PROMOTIONAL"
          ? ("PROMOTIONAL_CODE" as const)
          : access === "FREE_GRANT"
            ? ("FREE" as const)
            : payment.provider === "STRIPE"
              ? ("STRIPE" as const)
              : null,
      promotionalCodeUsed: payment.promotionalCode,
    };
    // A lapsed or revoked enrollment is renewed in place (one row per user and course).
    const row = await tx.enrollment.upsert({
      where: { userId_courseId: { userId: payment.userId, courseId } },
      create: { userId: payment.userId, courseId, totalLessons: course.lessonCount, ...terms },
      update: terms,
      select: { id: true },
    });
    enrollmentId = row.id;
    // The learning module's grantEnrollment records free enrolments; bought ones are granted here.
    await recordActivity(tx, {
      userId: payment.userId,
      action: "enrollment_created",
      entityType: "enrollment",
      entityId: enrollmentId,
      metadata: { courseId, accessType: access },
    });
  }
  await tx.paymentTransaction.update({ where: { id: payment.id }, data: { enrollmentId } });
  await refreshStudentCounters(tx, courseId);
  return enrollmentId;
}

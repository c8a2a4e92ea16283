import { DateTime } from "luxon";
import { emailLink } from "../messaging/email-links.js";
import { recipientOf, recipientSelect } from "../messaging/email-recipient.js";
import { enqueueEmail } from "../messaging/outbox.js";
import { newVerificationCode } from "./certificate.code.js";
import { type CertificateRow, certificateSelect } from "./certificate.types.js";
import type { Tx } from "./learning-transaction.js";

interface Person {
  displayName: string | null;
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
}

/** The name printed on a certificate: the same rule as User.name. */
export function personName(p: Person): string {
  return (
    p.displayName ?? p.fullName ?? ([p.firstName, p.lastName].filter(Boolean).join(" ") || "Campus user")
  );
}

const personSelect = { displayName: true, fullName: true, firstName: true, lastName: true } as const;

/**
 * Issues the certificate of a completed enrollment when its course has certificates (seed 001:
 * generated on completion, names copied so renames never change it). Exactly once: the caller
 * holds the enrollment row lock while completing it, `enrollmentId` is unique, and one
 * non-revoked certificate per (user, course) is checked here (MODEL.md service rule).
 */
export async function issueCertificate(
  tx: Tx,
  enrollment: { id: string; userId: string; courseId: string },
  now: Date,
): Promise<CertificateRow | null> {
  const course = await tx.course.findUniqueOrThrow({
    where: { id: enrollment.courseId },
    select: {
      title: true,
      hasCertificate: true,
      certificationValidityYears: true,
      instructorId: true,
      instructor: { select: personSelect },
    },
  });
  if (!course.hasCertificate) return null;
  const held = await tx.certificate.findFirst({
    where: {
      OR: [{ enrollmentId: enrollment.id }, { userId: enrollment.userId, courseId: enrollment.courseId }],
      revokedAt: null,
    },
    select: { id: true },
  });
  if (held) return null;
  const holder = await tx.user.findUniqueOrThrow({
    where: { id: enrollment.userId },
    select: { ...personSelect, ...recipientSelect },
  });
  const years = course.certificationValidityYears;
  const data = {
    userId: enrollment.userId,
    userName: personName(holder),
    courseId: enrollment.courseId,
    courseName: course.title,
    instructorId: course.instructorId,
    instructorName: course.instructor ? personName(course.instructor) : null,
    enrollmentId: enrollment.id,
    issuedAt: now,
    expiresAt: years ? DateTime.fromJSDate(now, { zone: "UTC" }).plus({ years }).toJSDate() : null,
  };
  // No retry on a code collision: at 128 bits it does not happen, and a failed statement
  // would abort the whole transaction anyway.
  const certificate = await tx.certificate.create({
    data: { ...data, verificationCode: newVerificationCode() },
    select: certificateSelect,
  });
  const to = recipientOf(holder);
  await enqueueEmail(tx, {
    to: to.to,
    userId: to.userId,
    template: "certificate_issued",
    locale: to.locale,
    idempotencyKey: `certificate_issued:${certificate.id}`,
    data: {
      recipientName: data.userName,
      courseTitle: course.title,
      verificationCode: certificate.verificationCode,
      url: emailLink(`/certificates/verify/${certificate.verificationCode}`),
    },
  });
  return certificate;
}

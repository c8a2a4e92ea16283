import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";

export const certificateSelect = {
  id: true,
  userId: true,
  userName: true,
  courseId: true,
  courseName: true,
  instructorId: true,
  instructorName: true,
  enrollmentId: true,
  issuedAt: true,
  expiresAt: true,
  verificationCode: true,
  templateId: true,
  certificateUrl: true,
  revokedAt: true,
  createdAt: true,
} as const;
export type CertificateRow = Prisma.CertificateGetPayload<{ select: typeof certificateSelect }>;

export enum CertificateValidityEnum {
  VALID = "VALID",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
}
registerEnumType(CertificateValidityEnum, {
  name: "CertificateValidity",
  description: "Whether a certificate is currently valid.",
  valuesConfig: {
    VALID: { description: "Issued, not revoked, not expired." },
    EXPIRED: { description: "Past its expiry date." },
    REVOKED: { description: "Withdrawn by Campus." },
  },
});

export function validityOf(c: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()) {
  if (c.revokedAt) return CertificateValidityEnum.REVOKED;
  if (c.expiresAt && c.expiresAt <= now) return CertificateValidityEnum.EXPIRED;
  return CertificateValidityEnum.VALID;
}

@ObjectType({
  implements: Node,
  description:
    "A completion certificate. Names are as they were at issue time. The holder, the course's instructor and admins see it here; anyone can check it with verifyCertificate.",
})
export class Certificate extends Node {
  @Field(() => String, { name: "holderName", description: "Holder's name at issue time." })
  userName!: string;

  @Field(() => String, { name: "courseTitle", description: "Course title at issue time." })
  courseName!: string;

  @Field(() => String, { nullable: true, description: "Instructor's name at issue time." })
  instructorName!: string | null;

  @Field(() => DateTimeScalar, { description: "When it was issued." })
  issuedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it expires; null: never." })
  expiresAt!: Date | null;

  @Field(() => String, {
    description: "Public verification code (26 characters, base32), to give to whoever checks it.",
  })
  verificationCode!: string;

  @Field(() => String, { description: "Design template." })
  templateId!: string;

  @Field(() => String, { nullable: true, description: "Rendered certificate (PDF or image), once rendered." })
  certificateUrl!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was revoked, if it was." })
  revokedAt!: Date | null;
}

@ObjectType({
  description: "What anyone may learn about a certificate from its verification code, without signing in.",
})
export class CertificateVerification {
  @Field(() => CertificateValidityEnum, { description: "Whether it is valid now." })
  validity!: CertificateValidityEnum;

  @Field(() => Boolean, { description: "Shortcut for validity = VALID." })
  isValid!: boolean;

  @Field(() => String, { description: "Holder's name at issue time." })
  holderName!: string;

  @Field(() => String, { description: "Course title at issue time." })
  courseTitle!: string;

  @Field(() => String, { nullable: true, description: "Instructor's name at issue time." })
  instructorName!: string | null;

  @Field(() => DateTimeScalar, { description: "When it was issued." })
  issuedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it expires; null: never." })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was revoked, if it was." })
  revokedAt!: Date | null;
}

export const CertificateConnection = connectionType(
  Certificate,
  "Certificate",
  "A page of certificates, newest first.",
);

import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateScalar, DateTimeScalar, URLScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";

export enum InstructorApplicationStatusEnum {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  UNDER_REVIEW = "UNDER_REVIEW",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  WITHDRAWN = "WITHDRAWN",
}
registerEnumType(InstructorApplicationStatusEnum, {
  name: "InstructorApplicationStatus",
  description: "Where an instructor application stands.",
});

export const applicationSelect = {
  id: true,
  userId: true,
  status: true,
  licenseNumber: true,
  licenseState: true,
  licenseExpiry: true,
  insuranceProvider: true,
  documents: true,
  submittedAt: true,
  reviewedAt: true,
  reviewedById: true,
  rejectionReason: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type ApplicationRow = Prisma.InstructorApplicationGetPayload<{ select: typeof applicationSelect }>;

@ObjectType({
  implements: Node,
  description:
    "A request to become an instructor, reviewed by an admin. Visible to the applicant and admins.",
})
export class InstructorApplication extends Node {
  @Field(() => InstructorApplicationStatusEnum, { description: "Where it stands." })
  status!: InstructorApplicationStatusEnum;

  @Field(() => String, { nullable: true, description: "Professional license number." })
  licenseNumber!: string | null;

  @Field(() => String, { nullable: true, description: "State or region that issued the license." })
  licenseState!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When the license expires." })
  licenseExpiry!: Date | null;

  @Field(() => String, { nullable: true, description: "Professional insurance provider." })
  insuranceProvider!: string | null;

  @Field(() => [String], { description: "URLs of the supporting documents." })
  documents!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was submitted." })
  submittedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When an admin decided." })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was rejected." })
  rejectionReason!: string | null;

  @Field(() => DateTimeScalar, { description: "When it was created." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When it last changed." })
  updatedAt!: Date;
}

export const InstructorApplicationConnection = connectionType(
  InstructorApplication,
  "InstructorApplication",
  "A page of instructor applications, oldest first.",
);

@InputType({ description: "Apply to teach on Campus." })
export class SubmitInstructorApplicationInput {
  @Field(() => String, { description: "Professional license number." })
  licenseNumber!: string;

  @Field(() => String, { nullable: true, description: "State or region that issued the license." })
  licenseState?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When the license expires (must be in the future).",
  })
  licenseExpiry?: Date | null;

  @Field(() => String, { nullable: true, description: "Professional insurance provider." })
  insuranceProvider?: string | null;

  @Field(() => [URLScalar], { description: "Supporting documents (1–10 URLs)." })
  documents!: (URL | string)[];
}

@InputType({
  description: "Approve an application: the applicant becomes an instructor with an expert profile.",
})
export class ApproveInstructorApplicationInput {
  @Field(() => ID, { description: "The application." })
  applicationId!: string;

  @Field(() => String, { nullable: true, description: "Currency of the new expert profile (default EUR)." })
  currency?: string | null;

  @Field(() => Int, { nullable: true, description: "Hourly rate of the expert profile, in cents." })
  hourlyRateCents?: number | null;
}

@InputType({ description: "Reject an application with a reason the applicant will see." })
export class RejectInstructorApplicationInput {
  @Field(() => ID, { description: "The application." })
  applicationId!: string;

  @Field(() => String, { description: "Why it is rejected." })
  reason!: string;
}

@InputType({ description: "Narrows the list of applications." })
export class InstructorApplicationFilter {
  @Field(() => [InstructorApplicationStatusEnum], { nullable: true, description: "Any of these statuses." })
  status?: InstructorApplicationStatusEnum[] | null;
}

@ObjectType({ description: "Result of an instructor application mutation." })
export class InstructorApplicationPayload {
  @Field(() => InstructorApplication, { nullable: true, description: "The application as saved." })
  application!: ApplicationRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

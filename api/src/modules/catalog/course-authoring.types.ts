import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { URLScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { CourseAccessTypeEnum, CourseFormatEnum, SkillLevelEnum } from "./catalog.enums.js";
import type { CourseRow } from "./catalog.loaders.js";
import { Course } from "./catalog.types.js";

@InputType({ description: "Editable course fields, shared by CreateCourseInput and UpdateCourseInput." })
export class CourseFieldsInput {
  @Field(() => String, { nullable: true, description: "One-line subtitle." })
  subtitle?: string | null;

  @Field(() => String, { nullable: true, description: "Short description (needed to publish)." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Full description (Markdown)." })
  longDescription?: string | null;

  @Field(() => CourseFormatEnum, {
    nullable: true,
    description: "How the course is delivered (default SELF_PACED).",
  })
  format?: CourseFormatEnum | null;

  @Field(() => String, { nullable: true, description: "Category (needed to publish)." })
  category?: string | null;

  @Field(() => String, { nullable: true, description: "Subcategory." })
  subcategory?: string | null;

  @Field(() => SkillLevelEnum, { nullable: true, description: "Target level." })
  level?: SkillLevelEnum | null;

  @Field(() => String, {
    nullable: true,
    description: "Language of instruction, e.g. en or fr (default en).",
  })
  language?: string | null;

  @Field(() => [String], { nullable: true, description: "Tags (stored lowercase)." })
  tags?: string[] | null;

  @Field(() => Int, { nullable: true, description: "List price in cents, ≥ 0 (default 0: free)." })
  priceCents?: number | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 currency of the price (default EUR)." })
  currency?: string | null;

  @Field(() => CourseAccessTypeEnum, {
    nullable: true,
    description: "How access is granted; defaults to FREE for a zero price and PAID otherwise.",
  })
  accessType?: CourseAccessTypeEnum | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether completion earns a certificate (default true).",
  })
  hasCertificate?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Years a certificate stays valid; null: no expiry." })
  certificationValidityYears?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the discussion forum is open (default true).",
  })
  discussionEnabled?: boolean | null;

  @Field(() => URLScalar, { nullable: true, description: "Thumbnail image." })
  thumbnailUrl?: URL | string | null;

  @Field(() => URLScalar, { nullable: true, description: "Public preview video." })
  previewVideoUrl?: URL | string | null;

  @Field(() => String, { nullable: true, description: 'Free-form duration label, e.g. "4 hours".' })
  durationText?: string | null;

  @Field(() => Int, { nullable: true, description: "Seats per session for live and in-person formats." })
  maxCapacity?: number | null;

  @Field(() => [String], { nullable: true, description: "Caption languages." })
  captionsAvailable?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Prerequisites." })
  prerequisites?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Learning outcomes." })
  learningOutcomes?: string[] | null;

  @Field(() => String, { nullable: true, description: "Who the course is for." })
  targetAudience?: string | null;

  @Field(() => String, { nullable: true, description: "Description for search engines." })
  metaDescription?: string | null;

  @Field(() => [String], { nullable: true, description: "Keywords for search engines." })
  metaKeywords?: string[] | null;
}

@InputType({ description: "Create a draft course that you teach." })
export class CreateCourseInput extends CourseFieldsInput {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: "URL identifier (lowercase words joined by hyphens); generated from the title when omitted.",
  })
  slug?: string | null;
}

@InputType({ description: "Change a course; omitted fields stay as they are, null clears optional ones." })
export class UpdateCourseInput extends CourseFieldsInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;

  @Field(() => String, { nullable: true, description: "Title." })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "URL identifier; can only change before the first publication.",
  })
  slug?: string | null;
}

@InputType({ description: "Identifies a course for publish, unpublish, archive and delete." })
export class CourseIdInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;
}

@ObjectType({ description: "Result of a course mutation." })
export class CoursePayload {
  @Field(() => Course, { nullable: true, description: "The course as saved." })
  course!: CourseRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

export enum CourseDeletionOutcome {
  DELETED = "DELETED",
  ARCHIVED = "ARCHIVED",
}
registerEnumType(CourseDeletionOutcome, {
  name: "CourseDeletionOutcome",
  description: "What deleteCourse did.",
  valuesConfig: {
    DELETED: { description: "The course was soft-deleted (it had no enrollments)." },
    ARCHIVED: { description: "The course has enrollments, so it was archived instead of deleted." },
  },
});

@ObjectType({ description: "Result of deleteCourse." })
export class DeleteCoursePayload {
  @Field(() => CourseDeletionOutcome, {
    nullable: true,
    description: "Whether the course was deleted or archived.",
  })
  outcome!: CourseDeletionOutcome | null;

  @Field(() => ID, { nullable: true, description: "Global id of the course." })
  courseId!: string | null;

  @Field(() => Course, { nullable: true, description: "The archived course (null when it was deleted)." })
  course!: CourseRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

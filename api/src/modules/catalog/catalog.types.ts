import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { CourseAccessTypeEnum, CourseFormatEnum, CourseStatusEnum, SkillLevelEnum } from "./catalog.enums.js";
import type { CourseRow } from "./catalog.loaders.js";

/** What resolvers hand to the Course type: a row from `courseSelect`. */
export type CourseSource = CourseRow;

/**
 * A course. Plain columns are declared here; prices, counters that need shaping, relations and
 * `viewerCan…` answers are field resolvers (course.resolver.ts and each concern's resolver).
 */
@ObjectType({ implements: Node, description: "A course in the catalog." })
export class Course extends Node {
  @Field(() => String, { description: "URL-friendly unique identifier, stable once published." })
  slug!: string;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "One-line subtitle." })
  subtitle!: string | null;

  @Field(() => String, { description: "Short description shown in listings and on the course page." })
  description!: string;

  @Field(() => String, { nullable: true, description: "Full description (Markdown)." })
  longDescription!: string | null;

  @Field(() => CourseFormatEnum, { description: "How the course is delivered." })
  format!: CourseFormatEnum;

  @Field(() => CourseStatusEnum, { description: "Publication state." })
  status!: CourseStatusEnum;

  @Field(() => CourseAccessTypeEnum, { description: "How access is granted." })
  accessType!: CourseAccessTypeEnum;

  @Field(() => SkillLevelEnum, { nullable: true, description: "Target level." })
  level!: SkillLevelEnum | null;

  @Field(() => String, { nullable: true, description: "Category, e.g. Programming." })
  category!: string | null;

  @Field(() => String, { nullable: true, description: "Subcategory within the category." })
  subcategory!: string | null;

  @Field(() => String, { description: "Language of instruction (BCP 47, e.g. en or fr)." })
  language!: string;

  @Field(() => [String], { description: "Free-form tags (searchable)." })
  tags!: string[];

  @Field(() => String, { nullable: true, description: "Thumbnail image URL." })
  thumbnailUrl!: string | null;

  @Field(() => String, { nullable: true, description: "Public preview video URL." })
  previewVideoUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Free-form duration label, e.g. "4 hours".' })
  durationText!: string | null;

  @Field(() => Int, { description: "Number of lessons." })
  lessonCount!: number;

  @Field(() => Int, { description: "Number of students (enrollments that were not revoked)." })
  studentCount!: number;

  @Field(() => Int, { description: "Total duration of the lessons, in minutes." })
  totalDurationMinutes!: number;

  @Field(() => Int, { description: "Number of reviews." })
  reviewCount!: number;

  @Field(() => Boolean, { description: "Whether completing the course earns a certificate." })
  hasCertificate!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: "Years a certificate stays valid; null when it does not expire.",
  })
  certificationValidityYears!: number | null;

  @Field(() => Boolean, { description: "Whether the course discussion forum is open." })
  discussionEnabled!: boolean;

  @Field(() => Int, { nullable: true, description: "Seats per session for live and in-person formats." })
  maxCapacity!: number | null;

  @Field(() => [String], { description: "Languages captions are available in." })
  captionsAvailable!: string[];

  @Field(() => [String], { description: "What students should know before starting." })
  prerequisites!: string[];

  @Field(() => [String], { description: "What students will be able to do afterwards." })
  learningOutcomes!: string[];

  @Field(() => String, { nullable: true, description: "Who the course is for." })
  targetAudience!: string | null;

  @Field(() => String, { nullable: true, description: "Description for search engines." })
  metaDescription!: string | null;

  @Field(() => [String], { description: "Keywords for search engines." })
  metaKeywords!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the course was first published." })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the content last changed." })
  lastUpdatedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: "When the course was created." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the course row last changed." })
  updatedAt!: Date;
}

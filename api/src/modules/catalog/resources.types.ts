import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { Prisma } from "../../generated/prisma/client.js";
import { connectionType } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar, URLScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { SkillLevelEnum } from "./catalog.enums.js";

export const resourceSelect = {
  id: true,
  title: true,
  description: true,
  type: true,
  categories: true,
  tags: true,
  url: true,
  thumbnailUrl: true,
  author: true,
  featured: true,
  downloadCount: true,
  favoriteCount: true,
  rating: true,
  reviewCount: true,
  difficulty: true,
  duration: true,
  fileSize: true,
  courseId: true,
  restricted: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type ResourceRow = Prisma.ResourceGetPayload<{ select: typeof resourceSelect }>;

/** The same columns for raw (window-function) queries, aliased to the row shape. */
export const resourceColumns = `id, title, description, type, categories, tags, url, thumbnail_url AS "thumbnailUrl",
  author, featured, download_count AS "downloadCount", favorite_count AS "favoriteCount", rating,
  review_count AS "reviewCount", difficulty::text AS difficulty, duration, file_size AS "fileSize",
  course_id AS "courseId", restricted, created_by_id AS "createdById", created_at AS "createdAt", updated_at AS "updatedAt"`;

@ObjectType({
  implements: Node,
  description:
    "Supplementary material (PDF, template, video…), standalone or attached to a course. Restricted ones reveal their URL only to those with access.",
})
export class Resource extends Node {
  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "What it contains." })
  description!: string;

  @Field(() => String, { description: "Kind, e.g. pdf, video, template." })
  type!: string;

  @Field(() => [String], { description: "Categories, e.g. anatomy." })
  categories!: string[];

  @Field(() => [String], { description: "Tags." })
  tags!: string[];

  @Field(() => String, { nullable: true, description: "Thumbnail image URL." })
  thumbnailUrl!: string | null;

  @Field(() => String, { description: "Author's name as displayed." })
  author!: string;

  @Field(() => Boolean, { description: "Whether it is featured." })
  featured!: boolean;

  @Field(() => Int, { description: "Times downloaded." })
  downloadCount!: number;

  @Field(() => Int, { description: "Number of users who saved it as a favorite." })
  favoriteCount!: number;

  @Field(() => Int, { description: "Number of ratings." })
  reviewCount!: number;

  @Field(() => SkillLevelEnum, { nullable: true, description: "Difficulty." })
  difficulty!: SkillLevelEnum | null;

  @Field(() => String, { nullable: true, description: 'Free-form duration, e.g. "15 min".' })
  duration!: string | null;

  @Field(() => String, { nullable: true, description: 'Human-readable size, e.g. "2.5 MB".' })
  fileSize!: string | null;

  @Field(() => Boolean, { description: "Whether access requires enrollment (or, standalone, signing in)." })
  restricted!: boolean;

  @Field(() => DateTimeScalar, { description: "When it was added." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When it last changed." })
  updatedAt!: Date;
}

export const ResourceConnection = connectionType(Resource, "Resource", "A page of resources.");

@InputType({ description: "Narrows the resource list." })
export class ResourceFilter {
  @Field(() => ID, { nullable: true, description: "Only resources of this course." })
  courseId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only featured (true) or not featured (false) ones." })
  featured?: boolean | null;

  @Field(() => String, { nullable: true, description: "Only resources in this category." })
  category?: string | null;

  @Field(() => String, { nullable: true, description: "Only resources with this tag." })
  tag?: string | null;
}

@InputType({ description: "The editable fields of a resource." })
export class ResourceFieldsInput {
  @Field(() => String, { nullable: true, description: "Title (required on create)." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Description (required on create)." })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Kind, e.g. pdf (required on create)." })
  type?: string | null;

  @Field(() => URLScalar, { nullable: true, description: "File or link (required on create)." })
  url?: URL | string | null;

  @Field(() => [String], { nullable: true, description: "Categories." })
  categories?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Tags." })
  tags?: string[] | null;

  @Field(() => URLScalar, { nullable: true, description: "Thumbnail image." })
  thumbnailUrl?: URL | string | null;

  @Field(() => String, { nullable: true, description: "Author's name as displayed; defaults to yours." })
  author?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Featured (admins only)." })
  featured?: boolean | null;

  @Field(() => SkillLevelEnum, { nullable: true, description: "Difficulty." })
  difficulty?: SkillLevelEnum | null;

  @Field(() => String, { nullable: true, description: "Free-form duration." })
  duration?: string | null;

  @Field(() => String, { nullable: true, description: "Human-readable size." })
  fileSize?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether access requires enrollment." })
  restricted?: boolean | null;
}

@InputType({ description: "Add a resource, attached to a course you teach or standalone." })
export class CreateResourceInput extends ResourceFieldsInput {
  @Field(() => ID, {
    nullable: true,
    description: "The course it belongs to; omit for a standalone resource.",
  })
  courseId?: string | null;
}

@InputType({ description: "Change a resource; omitted fields stay as they are." })
export class UpdateResourceInput extends ResourceFieldsInput {
  @Field(() => ID, { description: "The resource." })
  resourceId!: string;
}

@InputType({ description: "Delete a resource." })
export class DeleteResourceInput {
  @Field(() => ID, { description: "The resource." })
  resourceId!: string;
}

@InputType({ description: "Save or unsave a resource as a favorite." })
export class FavoriteResourceInput {
  @Field(() => ID, { description: "The resource." })
  resourceId!: string;
}

@ObjectType({
  description: "Result of createResource, updateResource, favoriteResource and unfavoriteResource.",
})
export class ResourcePayload {
  @Field(() => Resource, { nullable: true, description: "The resource as saved." })
  resource!: ResourceRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of deleteResource." })
export class DeleteResourcePayload {
  @Field(() => ID, { nullable: true, description: "Global id of the deleted resource." })
  deletedResourceId!: string | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

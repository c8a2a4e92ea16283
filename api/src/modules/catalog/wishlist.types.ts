import { Field, ID, InputType, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import type { CourseRow } from "./catalog.loaders.js";
import { Course } from "./catalog.types.js";
import type { ResourceRow } from "./resources.types.js";
import { Resource } from "./resources.types.js";

@ObjectType({ description: "A course saved for later." })
export class WishlistItem {
  @Field(() => DateTimeScalar, { description: "When it was added." })
  addedAt!: Date;

  @Field(() => Course, { description: "The course." })
  course!: CourseRow;
}

export const WishlistItemConnection = connectionType(
  WishlistItem,
  "WishlistItem",
  "A page of the wishlist, newest first.",
);

@ObjectType({ description: "A resource saved as a favorite." })
export class FavoriteResource {
  @Field(() => DateTimeScalar, { description: "When it was saved." })
  savedAt!: Date;

  @Field(() => Resource, { description: "The resource." })
  resource!: ResourceRow;
}

export const FavoriteResourceConnection = connectionType(
  FavoriteResource,
  "FavoriteResource",
  "A page of favorite resources, newest first.",
);

@InputType({ description: "Add a course to, or remove it from, the viewer's wishlist." })
export class WishlistCourseInput {
  @Field(() => ID, { description: "The course." })
  courseId!: string;
}

@ObjectType({ description: "Result of addCourseToWishlist and removeCourseFromWishlist." })
export class WishlistPayload {
  @Field(() => Course, { nullable: true, description: "The course (see viewerHasWishlisted)." })
  course!: CourseRow | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

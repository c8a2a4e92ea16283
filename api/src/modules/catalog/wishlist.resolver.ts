import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { isAdmin, isSelf } from "../../auth/policy.js";
import type { AppContext } from "../../context.js";
import { defineLoader } from "../../graphql/loaders.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { Course, type CourseSource } from "./catalog.types.js";
import { requireId } from "./ids.js";
import {
  FavoriteResourceConnection,
  WishlistCourseInput,
  WishlistItemConnection,
  WishlistPayload,
} from "./wishlist.types.js";

/** Whether the viewer wishlisted each course (false when anonymous). */
const viewerHasWishlisted = defineLoader(
  "viewerHasWishlisted",
  async (ctx: AppContext, courseIds: readonly string[]) => {
    const viewer = await ctx.viewer();
    if (!viewer) return courseIds.map(() => false);
    const rows = await ctx.prisma.wishlistItem.findMany({
      where: { userId: viewer.id, courseId: { in: [...courseIds] } },
      select: { courseId: true },
    });
    const saved = new Set(rows.map((r) => r.courseId));
    return courseIds.map((id) => saved.has(id));
  },
);

/** Saved lists are private: the user themselves and admins. */
const mayReadSaved = async (ctx: AppContext, user: UserSource) => {
  const viewer = await ctx.viewer();
  return isSelf(viewer, user.id) || isAdmin(viewer);
};

@Resolver(() => User)
export class UserSavedItemsResolver {
  @FieldResolver(() => WishlistItemConnection, {
    nullable: true,
    description: "Courses saved for later, newest first. Null for anyone but the user and admins.",
  })
  async wishlist(
    @Root() user: UserSource,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return (await mayReadSaved(ctx, user)) ? ctx.services.wishlist.wishlist(user.id, page) : null;
  }

  @FieldResolver(() => FavoriteResourceConnection, {
    nullable: true,
    description: "Resources saved as favorites, newest first. Null for anyone but the user and admins.",
  })
  async favoriteResources(
    @Root() user: UserSource,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return (await mayReadSaved(ctx, user)) ? ctx.services.wishlist.favorites(user.id, page) : null;
  }
}

@Resolver(() => Course)
export class CourseWishlistResolver {
  @FieldResolver(() => Boolean, { description: "Whether the viewer saved the course in their wishlist." })
  viewerHasWishlisted(@Root() course: CourseSource, @Ctx() ctx: AppContext): Promise<boolean> {
    return viewerHasWishlisted(ctx).load(course.id);
  }

  @Authorized()
  @Mutation(() => WishlistPayload, { description: "Save a course for later (idempotent)." })
  async addCourseToWishlist(
    @Arg("input", () => WishlistCourseInput) input: WishlistCourseInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(() => ctx.services.wishlist.add(viewer, { courseId }), { course: null });
  }

  @Authorized()
  @Mutation(() => WishlistPayload, { description: "Remove a course from the wishlist (idempotent)." })
  async removeCourseFromWishlist(
    @Arg("input", () => WishlistCourseInput) input: WishlistCourseInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const courseId = requireId("Course", input.courseId);
    return toPayload(() => ctx.services.wishlist.remove(viewer, { courseId }), { course: null });
  }
}

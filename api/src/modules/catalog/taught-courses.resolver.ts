import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { isAdmin, isSelf } from "../../auth/policy.js";
import type { AppContext } from "../../context.js";
import { connectionType } from "../../graphql/connection.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { courseById } from "./catalog.loaders.js";
import { Course } from "./catalog.types.js";

export const TaughtCourseConnection = connectionType(
  Course,
  "TaughtCourse",
  "A page of the courses an instructor teaches, newest first.",
);

@Resolver(() => User)
export class UserTaughtCoursesResolver {
  @FieldResolver(() => TaughtCourseConnection, {
    description:
      "Courses the user teaches, newest first: the published ones for everyone; drafts, private and archived ones too for the user and admins.",
  })
  async taughtCourses(
    @Root() user: UserSource,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.viewer();
    const result = await ctx.services.catalog.taughtCourses(
      user.id,
      isSelf(viewer, user.id) || isAdmin(viewer),
      page,
    );
    for (const node of result.nodes) courseById(ctx).prime(node.id, node);
    return result;
  }
}

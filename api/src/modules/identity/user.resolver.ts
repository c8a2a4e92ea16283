import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { userById } from "./identity.loaders.js";
import { User, type UserSource } from "./identity.types.js";
import { canReadUserEmail } from "./user.policy.js";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user, or null when anonymous." })
  async viewer(@Ctx() ctx: AppContext): Promise<UserSource | null> {
    const viewer = await ctx.viewer();
    return viewer ? userById(ctx).load(viewer.id) : null;
  }

  @FieldResolver(() => String)
  name(@Root() user: UserSource): string {
    return (
      user.displayName ??
      user.fullName ??
      ([user.firstName, user.lastName].filter(Boolean).join(" ") || "Campus user")
    );
  }

  @FieldResolver(() => String, { nullable: true })
  async email(@Root() user: UserSource, @Ctx() ctx: AppContext): Promise<string | null> {
    return canReadUserEmail(await ctx.viewer(), user.id) ? user.email : null;
  }
}

import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { DateScalar } from "../../graphql/scalars.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { learningCountersByUser } from "./analytics.loaders.js";
import { learningStatsOf } from "./analytics.rules.js";
import { LearningAnalyticsDay, LearningStats } from "./analytics.types.js";
import { canReadLearningStats } from "./learning.policy.js";

@Resolver(() => LearningAnalyticsDay)
export class LearningAnalyticsResolver {
  @Query(() => [LearningAnalyticsDay], {
    description:
      "The viewer's learning per day between two dates (inclusive, up to a year); days without activity are absent.",
  })
  async myLearningAnalytics(
    @Arg("from", () => DateScalar, { description: "First day." }) from: Date,
    @Arg("to", () => DateScalar, { description: "Last day." }) to: Date,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.learningAnalytics.days(await ctx.requireViewer(), from, to);
  }
}

@Resolver(() => User)
export class UserLearningStatsResolver {
  @FieldResolver(() => LearningStats, {
    nullable: true,
    description:
      "Learning totals and streaks; only the user themselves and admins read them (null otherwise).",
  })
  async learningStats(@Root() user: UserSource, @Ctx() ctx: AppContext) {
    if (!canReadLearningStats(await ctx.viewer(), user.id)) return null;
    const counters = await learningCountersByUser(ctx).load(user.id);
    return counters ? learningStatsOf(counters, new Date()) : null;
  }
}

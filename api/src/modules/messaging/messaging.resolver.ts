import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import {
  EmailCourse,
  EmailCourseConnection,
  EmailCourseSubscription,
  EmailCourseSubscriptionConnection,
  EmailCourseSubscriptionPayload,
} from "./drip.types.js";
import { emailCourseById } from "./messaging.loaders.js";
import {
  EmailCourseSubscriptionInput,
  EmailLogConnection,
  EmailStatusEnum,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
  SubscribeToEmailCourseInput,
} from "./messaging.types.js";

@Resolver()
export class MessagingResolver {
  @Query(() => EmailLogConnection, { description: "Every email of the outbox, newest first. Admins only." })
  async emailLogs(
    @Arg("status", () => EmailStatusEnum, { nullable: true, description: "Only emails in this state." })
    status: EmailStatusEnum | null,
    @Arg("recipientEmail", () => String, { nullable: true, description: "Only emails to this address." })
    recipientEmail: string | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.emailLogs.list(await ctx.viewer(), { status, recipientEmail }, page);
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description: "Email a password reset link if the account exists. The answer never tells. Rate limited.",
  })
  requestPasswordReset(
    @Arg("input", () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() ctx: AppContext,
  ) {
    return toPayload(() => ctx.services.passwordReset.request(input, { ip: ctx.ip }), { accepted: false });
  }

  @Mutation(() => ResetPasswordPayload, {
    description:
      "Set a new password with a reset link's token (single use, valid one hour); ends every session.",
  })
  resetPassword(@Arg("input", () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: AppContext) {
    return toPayload(() => ctx.services.passwordReset.reset(input), { reset: false });
  }

  @Query(() => EmailCourseConnection, { description: "The active drip email courses." })
  emailCourses(@Args(() => PageArgsInput) page: PageArgsInput, @Ctx() ctx: AppContext) {
    return ctx.services.drip.listCourses(page);
  }

  @Query(() => EmailCourseSubscriptionConnection, { description: "The viewer's drip course subscriptions." })
  async myEmailCourseSubscriptions(@Args(() => PageArgsInput) page: PageArgsInput, @Ctx() ctx: AppContext) {
    return ctx.services.drip.mySubscriptions(await ctx.requireViewer(), page);
  }

  @Mutation(() => EmailCourseSubscriptionPayload, {
    description: "Subscribe the viewer to a drip email course.",
  })
  async subscribeToEmailCourse(
    @Arg("input", () => SubscribeToEmailCourseInput) input: SubscribeToEmailCourseInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.drip.subscribe(viewer, input), { subscription: null });
  }

  @Mutation(() => EmailCourseSubscriptionPayload, { description: "Pause an active subscription." })
  async pauseEmailCourseSubscription(
    @Arg("input", () => EmailCourseSubscriptionInput) input: EmailCourseSubscriptionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.drip.pause(viewer, input), { subscription: null });
  }

  @Mutation(() => EmailCourseSubscriptionPayload, {
    description: "Resume a paused subscription; the next day goes out at the next delivery time.",
  })
  async resumeEmailCourseSubscription(
    @Arg("input", () => EmailCourseSubscriptionInput) input: EmailCourseSubscriptionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.drip.resume(viewer, input), { subscription: null });
  }

  @Mutation(() => EmailCourseSubscriptionPayload, { description: "Stop a subscription." })
  async unsubscribeFromEmailCourse(
    @Arg("input", () => EmailCourseSubscriptionInput) input: EmailCourseSubscriptionInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.drip.unsubscribe(viewer, input), { subscription: null });
  }
}

@Resolver(() => EmailCourseSubscription)
export class EmailCourseSubscriptionFieldsResolver {
  @FieldResolver(() => EmailCourse, { description: "The course subscribed to." })
  async emailCourse(@Root() subscription: { emailCourseId: string }, @Ctx() ctx: AppContext) {
    return emailCourseById(ctx).load(subscription.emailCourseId);
  }
}

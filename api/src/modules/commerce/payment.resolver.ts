import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { UserErrorsException } from "../../graphql/user-error.js";
import {
  ConfirmPaymentInput,
  ConfirmPaymentPayload,
  PurchaseCourseInput,
  PurchaseCoursePayload,
} from "./payment.inputs.js";
import {
  Payment,
  PaymentAction,
  PaymentConnection,
  PaymentFilter,
  RevenueInput,
  RevenueLine,
} from "./payment.types.js";

const filterArg = { nullable: true, description: "Which entries." } as const;

@Resolver(() => Payment)
export class PaymentResolver {
  @Query(() => PaymentConnection, { description: "The viewer's payments and refunds, newest first." })
  async myPayments(
    @Arg("filter", () => PaymentFilter, filterArg) filter: PaymentFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.paymentQueries.mine(await ctx.requireViewer(), filter ?? {}, page);
  }

  @Query(() => PaymentConnection, { description: "Every ledger entry, newest first (admins)." })
  async payments(
    @Arg("filter", () => PaymentFilter, filterArg) filter: PaymentFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.paymentQueries.list(await ctx.requireViewer(), filter ?? {}, page);
  }

  @Query(() => [RevenueLine], {
    description: "Revenue per kind and currency over a period, from the ledger (admins).",
  })
  async revenue(@Arg("input", () => RevenueInput) input: RevenueInput, @Ctx() ctx: AppContext) {
    return ctx.services.paymentQueries.revenue(await ctx.requireViewer(), input);
  }

  @Query(() => PaymentAction, {
    nullable: true,
    description:
      "The client secret of one of the viewer's open payments, to confirm the card; null once nothing is due.",
  })
  async paymentAction(
    @Arg("paymentId", () => ID, { description: "The payment." }) paymentId: string,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const id = fromGlobalIdOf("Payment", paymentId);
    if (!id) return null;
    try {
      return await ctx.services.paymentFlow.paymentAction(viewer, id);
    } catch (error) {
      if (error instanceof UserErrorsException) return null;
      throw error;
    }
  }

  @Mutation(() => PurchaseCoursePayload, {
    description: "Buy a course: the enrollment is granted when the payment succeeds, exactly once.",
  })
  async purchaseCourse(
    @Arg("input", () => PurchaseCourseInput) input: PurchaseCourseInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.purchases.purchaseCourse(viewer, input), {
      payment: null,
      paymentAction: null,
    });
  }

  @Mutation(() => ConfirmPaymentPayload, {
    description:
      "Apply a payment's current state now (after the card was confirmed) instead of waiting for the webhook.",
  })
  async confirmPayment(
    @Arg("input", () => ConfirmPaymentInput) input: ConfirmPaymentInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.paymentFlow.confirmPayment(viewer, input), {
      payment: null,
      booking: null,
    });
  }
}

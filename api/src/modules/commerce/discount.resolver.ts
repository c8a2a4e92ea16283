import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import type { DiscountCode as DiscountCodeRow } from "../../generated/prisma/client.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { Money, money } from "../../graphql/money.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import {
  CreateDiscountCodeInput,
  DeleteDiscountCodeInput,
  DeleteDiscountCodePayload,
  DiscountCode,
  DiscountCodeConnection,
  DiscountCodeFilterInput,
  DiscountCodePayload,
  DiscountPreview,
  UpdateDiscountCodeInput,
  ValidateDiscountCodeInput,
} from "./discount.types.js";

@Resolver(() => DiscountCode)
export class DiscountCodeResolver {
  @Query(() => DiscountCodeConnection, { description: "Discount codes, newest first (admins)." })
  async discountCodes(
    @Arg("filter", () => DiscountCodeFilterInput, { nullable: true, description: "Which codes." })
    filter: DiscountCodeFilterInput | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.discountCodes.list(await ctx.requireViewer(), filter ?? {}, page);
  }

  @Query(() => DiscountPreview, {
    description:
      "Preview a discount code on a purchase: the price after it, or why it does not apply. Redeems nothing.",
  })
  async validateDiscountCode(
    @Arg("input", () => ValidateDiscountCodeInput) input: ValidateDiscountCodeInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.discountPreview.preview(await ctx.requireViewer(), input);
  }

  @Mutation(() => DiscountCodePayload, { description: "Create a discount code (admins; audited)." })
  async createDiscountCode(
    @Arg("input", () => CreateDiscountCodeInput) input: CreateDiscountCodeInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.discountCodes.create(viewer, input), { discountCode: null });
  }

  @Mutation(() => DiscountCodePayload, { description: "Change a discount code (admins; audited)." })
  async updateDiscountCode(
    @Arg("input", () => UpdateDiscountCodeInput) input: UpdateDiscountCodeInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.discountCodes.update(viewer, input), { discountCode: null });
  }

  @Mutation(() => DeleteDiscountCodePayload, {
    description: "Delete a discount code nobody used (admins; audited).",
  })
  async deleteDiscountCode(
    @Arg("input", () => DeleteDiscountCodeInput) input: DeleteDiscountCodeInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const result = await toPayload(() => ctx.services.discountCodes.delete(viewer, input), {
      deletedDiscountCodeId: null,
    });
    const id = result.deletedDiscountCodeId;
    return { ...result, deletedDiscountCodeId: id ? toGlobalId("DiscountCode", id) : null };
  }

  @FieldResolver(() => [ID], { description: "Only these courses (global ids), when not empty." })
  applicableCourseIds(@Root() code: DiscountCodeRow) {
    return code.applicableCourseIds.map((id) => toGlobalId("Course", id));
  }

  @FieldResolver(() => Money, { nullable: true, description: "Minimum purchase, if any." })
  minPurchase(@Root() code: DiscountCodeRow) {
    return code.minPurchaseCents == null ? null : money(code.minPurchaseCents, code.currency ?? "EUR");
  }
}

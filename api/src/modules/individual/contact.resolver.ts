import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import {
  ContactInquiry,
  ContactInquiryConnection,
  ContactInquiryFilter,
  ContactInquiryPayload,
  LinkContactInquiryInput,
  SubmitContactInquiryInput,
  SubmitContactInquiryPayload,
} from "./contact.types.js";
import type { ContactRow } from "./individual.loaders.js";

@Resolver(() => ContactInquiry)
export class ContactInquiryResolver {
  @Query(() => ContactInquiryConnection, {
    description: "Inquiries for instructors and admins, newest first.",
  })
  async contactInquiries(
    @Arg("filter", () => ContactInquiryFilter, { nullable: true, description: "Which inquiries." })
    filter: ContactInquiryFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.contacts.list(await ctx.requireViewer(), filter ?? {}, page);
  }

  @Mutation(() => SubmitContactInquiryPayload, {
    description: "Send an inquiry through the public contact form (no sign-in needed; rate limited).",
  })
  async submitContactInquiry(
    @Arg("input", () => SubmitContactInquiryInput) input: SubmitContactInquiryInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.viewer();
    return toPayload(() => ctx.services.contacts.submit(viewer, ctx.ip, input), { received: false });
  }

  @Mutation(() => ContactInquiryPayload, {
    description: "Link an inquiry to the individual course it led to.",
  })
  async linkContactInquiry(
    @Arg("input", () => LinkContactInquiryInput) input: LinkContactInquiryInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.contacts.link(viewer, input), { inquiry: null });
  }

  @FieldResolver(() => Boolean)
  handled(@Root() contact: ContactRow) {
    return contact.status !== "NEW";
  }
}

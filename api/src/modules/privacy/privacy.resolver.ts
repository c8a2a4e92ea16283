import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toPayload } from "../../graphql/payload.js";
import { JSONScalar } from "../../graphql/scalars.js";
import type { DataExport } from "./data-export.js";
import { DeleteAccountPayload, DeleteMyAccountInput, DeleteUserInput } from "./privacy.types.js";

const meta = (ctx: AppContext) => ({ ip: ctx.ip, userAgent: ctx.userAgent });
const none = { deletedUserId: null, deletedAt: null };

@Resolver()
export class PrivacyResolver {
  @Authorized()
  @Query(() => JSONScalar, {
    description:
      "Everything Campus stores about the viewer, as one JSON document: the profile and every row of every table that refers to them (secrets left out).",
  })
  async exportMyData(@Ctx() ctx: AppContext): Promise<DataExport> {
    return ctx.services.privacy.exportMine(await ctx.requireViewer());
  }

  @Authorized()
  @Mutation(() => DeleteAccountPayload, {
    description:
      "Anonymize the viewer's account: personal data erased, sessions and API keys revoked; payments and the audit trail are kept.",
  })
  async deleteMyAccount(
    @Arg("input", () => DeleteMyAccountInput) input: DeleteMyAccountInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.privacy.deleteMine(viewer, input, meta(ctx)), none);
  }

  @Authorized()
  @Mutation(() => DeleteAccountPayload, {
    description: "Anonymize another user's account (admins); audited without personal values.",
  })
  async deleteUser(@Arg("input", () => DeleteUserInput) input: DeleteUserInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.privacy.deleteUser(viewer, input, meta(ctx)), none);
  }
}

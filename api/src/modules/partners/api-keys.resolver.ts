import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import {
  ApiKey,
  ApiKeyConnection,
  ApiKeyFilter,
  ApiKeyPayload,
  type ApiKeyRow,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  RevokeApiKeyInput,
} from "./api-keys.types.js";

const meta = (ctx: AppContext) => ({ ip: ctx.ip, userAgent: ctx.userAgent });

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized("ADMIN")
  @Query(() => ApiKeyConnection, { description: "Partner API keys, newest first (admins)." })
  async apiKeys(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg("filter", () => ApiKeyFilter, { nullable: true, description: "Conditions on the keys." })
    filter: ApiKeyFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.apiKeys.list(await ctx.requireViewer(), filter, page);
  }

  @FieldResolver(() => User, { nullable: true, description: "The user the key acts as." })
  user(@Root() key: ApiKeyRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(key.userId);
  }

  @Authorized()
  @Mutation(() => CreateApiKeyPayload, {
    description: "Issue a partner API key (admins); audited. The secret is in this response only.",
  })
  async createApiKey(
    @Arg("input", () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.apiKeys.create(viewer, input, meta(ctx)), {
      apiKey: null,
      secret: null,
    });
  }

  @Authorized()
  @Mutation(() => ApiKeyPayload, { description: "Revoke a partner API key (admins); audited." })
  async revokeApiKey(
    @Arg("input", () => RevokeApiKeyInput) input: RevokeApiKeyInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.apiKeys.revoke(viewer, input, meta(ctx)), { apiKey: null });
  }
}

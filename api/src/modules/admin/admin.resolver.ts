import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { isAdmin } from "../../auth/policy.js";
import type { AppContext } from "../../context.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { userStatusById } from "./admin.loaders.js";
import { AuditLogConnection, AuditLogEntry, AuditLogFilter, type AuditLogRow } from "./audit-log.types.js";
import {
  AdminUserConnection,
  AdminUserPayload,
  DeactivateUserInput,
  ReactivateUserInput,
  SetUserRolesInput,
  UserFilter,
} from "./users.types.js";

const meta = (ctx: AppContext) => ({ ip: ctx.ip, userAgent: ctx.userAgent });
const none = { user: null };

@Resolver()
export class AdminUsersResolver {
  @Authorized("ADMIN")
  @Query(() => AdminUserConnection, { description: "Every account, newest first, with filters (admins)." })
  async users(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg("filter", () => UserFilter, { nullable: true, description: "Conditions on the users." })
    filter: UserFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.adminUsers.list(await ctx.requireViewer(), filter, page);
  }

  @Authorized("ADMIN")
  @Query(() => AuditLogConnection, { description: "The admin audit trail, newest first (admins)." })
  async auditLogs(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg("filter", () => AuditLogFilter, { nullable: true, description: "Conditions on the entries." })
    filter: AuditLogFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.auditLogs.list(await ctx.requireViewer(), filter, page);
  }

  @Authorized()
  @Mutation(() => AdminUserPayload, { description: "Replace a user's roles (admins); audited." })
  async setUserRoles(
    @Arg("input", () => SetUserRolesInput) input: SetUserRolesInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.adminUsers.setRoles(viewer, input, meta(ctx)), none);
  }

  @Authorized()
  @Mutation(() => AdminUserPayload, {
    description:
      "Deactivate an account (admins); audited. Its access tokens, refresh tokens and open subscriptions stop at once.",
  })
  async deactivateUser(
    @Arg("input", () => DeactivateUserInput) input: DeactivateUserInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.adminUsers.deactivate(viewer, input, meta(ctx)), none);
  }

  @Authorized()
  @Mutation(() => AdminUserPayload, { description: "Reactivate a deactivated account (admins); audited." })
  async reactivateUser(
    @Arg("input", () => ReactivateUserInput) input: ReactivateUserInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.adminUsers.reactivate(viewer, input, meta(ctx)), none);
  }
}

@Resolver(() => User)
export class UserAdminFieldsResolver {
  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: "When the account was deactivated; null when active. Admins only (null for others).",
  })
  async deactivatedAt(@Root() user: UserSource, @Ctx() ctx: AppContext): Promise<Date | null> {
    if (!isAdmin(await ctx.viewer())) return null;
    return (await userStatusById(ctx).load(user.id))?.deactivatedAt ?? null;
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: "When the account was anonymized; null otherwise. Admins only (null for others).",
  })
  async deletedAt(@Root() user: UserSource, @Ctx() ctx: AppContext): Promise<Date | null> {
    if (!isAdmin(await ctx.viewer())) return null;
    return (await userStatusById(ctx).load(user.id))?.deletedAt ?? null;
  }
}

@Resolver(() => AuditLogEntry)
export class AuditLogEntryResolver {
  @FieldResolver(() => User, { nullable: true, description: "The admin who acted." })
  actor(@Root() entry: AuditLogRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(entry.actorId);
  }
}

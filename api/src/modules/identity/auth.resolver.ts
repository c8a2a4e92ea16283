import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { toPayload } from "../../graphql/payload.js";
import type { Session } from "./auth.service.js";
import { userById } from "./identity.loaders.js";
import {
  AuthPayload,
  ChangePasswordInput,
  LogInInput,
  LogOutInput,
  LogOutPayload,
  RefreshTokenInput,
  SignUpInput,
} from "./identity.types.js";

const emptyAuth = { viewer: null, tokens: null };

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Create a student account and start a session." })
  signUp(@Arg("input", () => SignUpInput) input: SignUpInput, @Ctx() ctx: AppContext) {
    return toPayload(async () => session(ctx, await ctx.services.auth.signUp(input, meta(ctx))), emptyAuth);
  }

  @Mutation(() => AuthPayload, {
    description: "Start a session with email and password. Rate limited per IP and per email.",
  })
  logIn(@Arg("input", () => LogInInput) input: LogInInput, @Ctx() ctx: AppContext) {
    return toPayload(async () => session(ctx, await ctx.services.auth.logIn(input, meta(ctx))), emptyAuth);
  }

  @Mutation(() => AuthPayload, {
    description:
      "Rotate a refresh token into a new token pair. Reusing a rotated token ends the whole session family.",
  })
  refreshToken(@Arg("input", () => RefreshTokenInput) input: RefreshTokenInput, @Ctx() ctx: AppContext) {
    return toPayload(async () => session(ctx, await ctx.services.auth.refresh(input, meta(ctx))), emptyAuth);
  }

  @Mutation(() => LogOutPayload, { description: "End the session the refresh token belongs to." })
  logOut(@Arg("input", () => LogOutInput) input: LogOutInput, @Ctx() ctx: AppContext) {
    return toPayload(async () => ({ loggedOut: await ctx.services.auth.logOut(input) }), {
      loggedOut: false,
    });
  }

  @Authorized()
  @Mutation(() => AuthPayload, { description: "Change the viewer's password; every other session is ended." })
  async changePassword(
    @Arg("input", () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(
      async () => session(ctx, await ctx.services.auth.changePassword(viewer.id, input, meta(ctx))),
      emptyAuth,
    );
  }
}

function meta(ctx: AppContext) {
  return { ip: ctx.ip, userAgent: ctx.userAgent };
}

async function session(ctx: AppContext, s: Session) {
  // The new session's user is the viewer for the rest of this request (e.g. to read their own email).
  ctx.signIn(s.userId);
  return { viewer: await userById(ctx).load(s.userId), tokens: s.tokens };
}

import { z } from "zod";
import { type Role, signAccessToken } from "../../auth/access-tokens.js";
import { burnPasswordCheck, hashPassword, passwordWeakness, verifyPassword } from "../../auth/passwords.js";
import type { RateLimiter } from "../../auth/rate-limit.js";
import type { Config } from "../../config.js";
import type { CampusPrisma } from "../../db/client.js";
import { classifyDatabaseError } from "../../db/errors.js";
import { rateLimited } from "../../graphql/errors.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { isValidTimeZone } from "../../lib/time-zones.js";
import { parseInput } from "../../lib/validation.js";
import type { Logger } from "../../logger.js";
import { recordActivity } from "../analytics/activity-log.js";
import {
  findFamily,
  issueRefreshToken,
  revokeAllForUser,
  revokeFamily,
  rotateRefreshToken,
} from "./refresh-tokens.js";

export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface Session {
  userId: string;
  tokens: SessionTokens;
}

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

const email = z
  .string()
  .trim()
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((v) => v.toLowerCase());

const name = (label: string) =>
  z.string().trim().min(1, `${label} is required.`).max(100, `${label} must be at most 100 characters.`);

const signUpSchema = z.object({
  email,
  password: z.string(),
  firstName: name("First name"),
  lastName: name("Last name"),
  timezone: z
    .string()
    .refine(isValidTimeZone, "Unknown time zone; use an IANA name such as Europe/Paris.")
    .nullish(),
  preferredLanguage: z.enum(["en", "fr"], "Language must be en or fr.").nullish(),
});

/** Accounts, credentials and sessions: sign up, log in, refresh rotation, log out, password change. */
export class AuthService {
  private readonly loginPerIp: RateLimiter;
  private readonly loginPerEmail: RateLimiter;

  constructor(
    private readonly deps: {
      prisma: CampusPrisma;
      config: Config;
      logger: Logger;
      limiter: (name: string, points: number, seconds: number) => RateLimiter;
    },
  ) {
    const { perIp, perEmail, windowSeconds } = deps.config.loginRateLimit;
    this.loginPerIp = deps.limiter("login-ip", perIp, windowSeconds);
    this.loginPerEmail = deps.limiter("login-email", perEmail, windowSeconds);
  }

  async signUp(input: unknown, meta: RequestMeta): Promise<Session> {
    const data = parseInput(signUpSchema, input);
    const weakness = passwordWeakness(data.password, data.email);
    if (weakness)
      throw new UserErrorsException([userError(UserErrorCode.WEAK_PASSWORD, weakness, "password")]);
    const taken = () =>
      new UserErrorsException([
        userError(UserErrorCode.TAKEN, "An account with this email already exists.", "email"),
      ]);
    if (await this.deps.prisma.user.findUnique({ where: { email: data.email }, select: { id: true } }))
      throw taken();
    const passwordHash = await hashPassword(data.password);
    try {
      const user = await this.deps.prisma.user.create({
        data: {
          email: data.email,
          passwordHash,
          firstName: data.firstName,
          lastName: data.lastName,
          displayName: `${data.firstName} ${data.lastName}`,
          timezone: data.timezone ?? "UTC",
          preferredLanguage: data.preferredLanguage ?? "en",
          roles: ["STUDENT"],
        },
        select: { id: true, roles: true },
      });
      return { userId: user.id, tokens: await this.startSession(user.id, user.roles as Role[], meta) };
    } catch (error) {
      // Two sign-ups racing for one email: the unique index decides.
      if (classifyDatabaseError(error)?.kind === "unique") throw taken();
      throw error;
    }
  }

  async logIn(input: unknown, meta: RequestMeta): Promise<Session> {
    const data = parseInput(z.object({ email, password: z.string().min(1, "Password is required.") }), input);
    const waitIp = await this.loginPerIp.consume(meta.ip);
    const waitEmail = await this.loginPerEmail.consume(data.email);
    if (waitIp || waitEmail) throw rateLimited(Math.max(waitIp, waitEmail));

    const user = await this.deps.prisma.user.findUnique({
      where: { email: data.email },
      select: { id: true, roles: true, passwordHash: true, deactivatedAt: true, deletedAt: true },
    });
    const invalid = new UserErrorsException([
      userError(UserErrorCode.INVALID_CREDENTIALS, "The email or password is incorrect."),
    ]);
    if (!user?.passwordHash || user.deletedAt) {
      await burnPasswordCheck(data.password);
      throw invalid;
    }
    if (!(await verifyPassword(user.passwordHash, data.password))) throw invalid;
    if (user.deactivatedAt) {
      throw new UserErrorsException([
        userError(UserErrorCode.INVALID_STATE, "This account has been deactivated."),
      ]);
    }
    await this.loginPerEmail.reset(data.email);
    await this.deps.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordActivity(this.deps.prisma, {
      userId: user.id,
      action: "login",
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    return { userId: user.id, tokens: await this.startSession(user.id, user.roles as Role[], meta) };
  }

  async refresh(input: unknown, meta: RequestMeta): Promise<Session> {
    const data = parseInput(
      z.object({ refreshToken: z.string().min(1, "Refresh token is required.") }),
      input,
    );
    const result = await rotateRefreshToken(
      this.deps.prisma,
      data.refreshToken,
      this.deps.config.jwt.refreshTtlDays,
      meta.userAgent,
    );
    if (result.kind !== "rotated") {
      if (result.kind === "reused") this.deps.logger.warn("refresh token reuse detected; family revoked");
      throw new UserErrorsException([
        userError(
          UserErrorCode.INVALID,
          "The refresh token is invalid, expired or already used.",
          "refreshToken",
        ),
      ]);
    }
    const user = await this.deps.prisma.user.findUniqueOrThrow({
      where: { id: result.userId },
      select: { roles: true },
    });
    return {
      userId: result.userId,
      tokens: {
        ...this.accessToken(result.userId, user.roles as Role[]),
        refreshToken: result.next.token,
        refreshTokenExpiresAt: result.next.expiresAt,
      },
    };
  }

  async logOut(input: unknown): Promise<boolean> {
    const data = parseInput(
      z.object({ refreshToken: z.string().min(1, "Refresh token is required.") }),
      input,
    );
    const family = await findFamily(this.deps.prisma, data.refreshToken);
    if (!family) {
      throw new UserErrorsException([
        userError(UserErrorCode.INVALID, "Unknown refresh token.", "refreshToken"),
      ]);
    }
    return (await revokeFamily(this.deps.prisma, family.familyId)) > 0;
  }

  /** Changing the password ends every other session: all refresh tokens are revoked. */
  async changePassword(userId: string, input: unknown, meta: RequestMeta): Promise<Session> {
    const data = parseInput(
      z.object({
        currentPassword: z.string().min(1, "Current password is required."),
        newPassword: z.string(),
      }),
      input,
    );
    const user = await this.deps.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, passwordHash: true, roles: true },
    });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, data.currentPassword))) {
      throw new UserErrorsException([
        userError(UserErrorCode.INVALID_CREDENTIALS, "The current password is incorrect.", "currentPassword"),
      ]);
    }
    const weakness = passwordWeakness(data.newPassword, user.email);
    if (weakness)
      throw new UserErrorsException([userError(UserErrorCode.WEAK_PASSWORD, weakness, "newPassword")]);
    const passwordHash = await hashPassword(data.newPassword);
    await this.deps.prisma.$transaction([
      this.deps.prisma.user.update({ where: { id: userId }, data: { passwordHash } }),
      this.deps.prisma.refreshToken.updateMany({
        where: { userId, revokedAt: null },
        data: { revokedAt: new Date() },
      }),
    ]);
    return { userId, tokens: await this.startSession(userId, user.roles as Role[], meta) };
  }

  /** Used by account deactivation and password reset. */
  revokeAllSessions(userId: string): Promise<number> {
    return revokeAllForUser(this.deps.prisma, userId);
  }

  private async startSession(userId: string, roles: Role[], meta: RequestMeta): Promise<SessionTokens> {
    const refresh = await issueRefreshToken(this.deps.prisma, {
      userId,
      ttlDays: this.deps.config.jwt.refreshTtlDays,
      userAgent: meta.userAgent,
    });
    return {
      ...this.accessToken(userId, roles),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
    };
  }

  private accessToken(userId: string, roles: Role[]) {
    const { jwt } = this.deps.config;
    return {
      accessToken: signAccessToken(jwt, { userId, roles }),
      accessTokenExpiresAt: new Date(Date.now() + jwt.accessTtlSeconds * 1000),
    };
  }
}

import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { hashPassword, passwordWeakness } from "../../auth/passwords.js";
import type { RateLimiter } from "../../auth/rate-limit.js";
import type { CampusPrisma } from "../../db/client.js";
import { rateLimited } from "../../graphql/errors.js";
import { UserErrorCode, UserErrorsException, userError } from "../../graphql/user-error.js";
import { parseInput } from "../../lib/validation.js";
import { revokeAllForUser } from "../identity/refresh-tokens.js";
import { enqueueEmail } from "./outbox.js";
import { localeOf } from "./templates/template-kit.js";

const TOKEN_TTL_MINUTES = 60;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

const email = z
  .string()
  .trim()
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((v) => v.toLowerCase());

export interface PasswordResetDeps {
  prisma: CampusPrisma;
  publicUrl: string;
  limiter: (name: string, points: number, seconds: number) => RateLimiter;
  now?: () => Date;
}

/**
 * Forgotten passwords. The request never tells whether an account exists (same
 * answer, same rate limits); the emailed secret is stored only as its SHA-256,
 * works once, for one hour, for the account it was issued to, and using it
 * ends every session of that account.
 */
export class PasswordResetService {
  private readonly perIp: RateLimiter;
  private readonly perEmail: RateLimiter;

  constructor(private readonly deps: PasswordResetDeps) {
    this.perIp = deps.limiter("password-reset-ip", 20, 3600);
    this.perEmail = deps.limiter("password-reset-email", 3, 3600);
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  async request(input: unknown, meta: { ip: string }): Promise<{ accepted: boolean }> {
    const data = parseInput(z.object({ email }), input);
    const waitIp = await this.perIp.consume(meta.ip);
    const waitEmail = await this.perEmail.consume(data.email);
    if (waitIp || waitEmail) throw rateLimited(Math.max(waitIp, waitEmail));
    const user = await this.deps.prisma.user.findFirst({
      where: { email: data.email, deactivatedAt: null, deletedAt: null },
      select: { id: true, email: true, firstName: true, displayName: true, preferredLanguage: true },
    });
    if (user) {
      const token = randomBytes(32).toString("base64url");
      const expiresAt = new Date(this.now().getTime() + TOKEN_TTL_MINUTES * 60_000);
      const url = new URL("/reset-password", this.deps.publicUrl);
      url.searchParams.set("email", user.email);
      url.searchParams.set("token", token);
      await this.deps.prisma.$transaction(async (tx) => {
        await tx.passwordResetToken.create({
          data: { userId: user.id, tokenHash: sha256(token), expiresAt },
        });
        await enqueueEmail(tx, {
          to: user.email,
          userId: user.id,
          template: "password_reset",
          locale: localeOf(user.preferredLanguage),
          data: {
            recipientName: user.firstName ?? user.displayName ?? "",
            resetUrl: url.toString(),
            expiresInMinutes: TOKEN_TTL_MINUTES,
          },
        });
      });
    }
    return { accepted: true };
  }

  async reset(input: unknown): Promise<{ reset: boolean }> {
    const data = parseInput(
      z.object({ email, token: z.string().min(1, "Token is required.").max(200), newPassword: z.string() }),
      input,
    );
    const invalid = () =>
      new UserErrorsException([
        userError(UserErrorCode.INVALID, "This reset link is invalid, expired or already used.", "token"),
      ]);
    const found = await this.deps.prisma.passwordResetToken.findUnique({
      where: { tokenHash: sha256(data.token) },
      select: {
        id: true,
        userId: true,
        user: { select: { email: true, deactivatedAt: true, deletedAt: true } },
      },
    });
    // Another account's token is refused like an unknown one.
    if (!found || found.user.email !== data.email || found.user.deactivatedAt || found.user.deletedAt)
      throw invalid();
    const weakness = passwordWeakness(data.newPassword, data.email);
    if (weakness)
      throw new UserErrorsException([userError(UserErrorCode.WEAK_PASSWORD, weakness, "newPassword")]);
    const passwordHash = await hashPassword(data.newPassword);
    const now = this.now();
    await this.deps.prisma.$transaction(async (tx) => {
      // The conditional update is the single use: of two concurrent resets with one token, one wins.
      const used = await tx.passwordResetToken.updateMany({
        where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (used.count === 0) throw invalid();
      await tx.user.update({ where: { id: found.userId }, data: { passwordHash } });
      // Other links sent before stop working too, and every session ends.
      await tx.passwordResetToken.updateMany({
        where: { userId: found.userId, usedAt: null },
        data: { usedAt: now },
      });
      await revokeAllForUser(tx, found.userId);
    });
    return { reset: true };
  }
}

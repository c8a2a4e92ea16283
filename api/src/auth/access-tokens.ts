import jwt from "jsonwebtoken";

export type Role = "STUDENT" | "INSTRUCTOR" | "ADMIN";

export interface AccessTokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
}

export interface AccessClaims {
  userId: string;
  roles: Role[];
}

export class InvalidTokenError extends Error {
  constructor(readonly reason: "expired" | "invalid") {
    super(reason === "expired" ? "The access token has expired." : "The access token is invalid.");
    this.name = "InvalidTokenError";
  }
}

/** HS256 access token: short-lived, carries the user id and roles. */
export function signAccessToken(settings: AccessTokenSettings, claims: AccessClaims): string {
  return jwt.sign({ roles: claims.roles }, settings.secret, {
    algorithm: "HS256",
    subject: claims.userId,
    issuer: settings.issuer,
    audience: settings.audience,
    expiresIn: settings.accessTtlSeconds,
  });
}

const ROLES = new Set<Role>(["STUDENT", "INSTRUCTOR", "ADMIN"]);

/**
 * Verifies with the algorithm pinned to HS256 (so `alg: none` and key-confusion
 * tokens fail) and checks issuer, audience and expiry.
 */
export function verifyAccessToken(settings: AccessTokenSettings, token: string): AccessClaims {
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, settings.secret, {
      algorithms: ["HS256"],
      issuer: settings.issuer,
      audience: settings.audience,
    });
  } catch (error) {
    throw new InvalidTokenError(error instanceof jwt.TokenExpiredError ? "expired" : "invalid");
  }
  if (typeof payload === "string" || typeof payload.sub !== "string" || !Array.isArray(payload.roles)) {
    throw new InvalidTokenError("invalid");
  }
  const roles = payload.roles.filter((r): r is Role => ROLES.has(r as Role));
  return { userId: payload.sub, roles };
}

/** Extracts the token of an `Authorization: Bearer <token>` value. */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}

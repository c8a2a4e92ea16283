import { createHash, randomBytes } from "node:crypto";

/**
 * The secret in a quote's link: 256 random bits, base64url. Only its SHA-256 is
 * stored, so a database leak does not open anyone's quote; a fast hash is enough
 * because the secret is random, not a password.
 */
export function newQuoteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashQuoteToken(token) };
}

export const hashQuoteToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** Tokens are 43 base64url characters; anything else is not worth a database read. */
export const isWellFormedQuoteToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The page of the web app that shows a quote; the secret travels in the fragment, never in server logs. */
export const quoteLink = (webBaseUrl: string, token: string) =>
  `${webBaseUrl.replace(/\/+$/, "")}/quotes/view#token=${token}`;

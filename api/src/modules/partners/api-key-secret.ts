import { createHash, randomBytes } from "node:crypto";

/**
 * Keys look like `cmp_<8 id chars>_<43 secret chars>`. The `cmp_<id>` part is the stored,
 * displayable prefix (finds the key in lists and logs); only the SHA-256 of the whole key
 * is stored, so the database never holds a usable key. 256 random bits make a slow hash
 * unnecessary: there is nothing to brute-force.
 */
export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  const prefix = `cmp_${randomBytes(6).toString("base64url")}`;
  const key = `${prefix}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix, keyHash: hashApiKey(key) };
}

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");

/** The key of `x-api-key: <key>` or `Authorization: ApiKey <key>`, if the request carries one. */
export function apiKeyFromHeaders(get: (name: string) => string | undefined): string | null {
  const header = get("x-api-key")?.trim();
  if (header) return header;
  const match = /^ApiKey\s+(\S+)$/i.exec(get("authorization")?.trim() ?? "");
  return match ? match[1]! : null;
}

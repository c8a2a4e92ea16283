import { hash, verify } from "@node-rs/argon2";

/**
 * Argon2id (the library's default algorithm) with OWASP's minimum parameters:
 * 19 MiB memory, 2 iterations, 1 lane.
 */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A verification against a fixed hash, so a login for an unknown email costs
 * as much time as one for a known email (no user enumeration by timing).
 */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("campus-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}

const COMMON = new Set([
  "password123",
  "1234567890",
  "qwertyuiop",
  "password1234",
  "iloveyou123",
  "letmein1234",
  "azertyuiop",
  "motdepasse1",
]);

/** Returns why a password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (COMMON.has(password.toLowerCase())) return "This password is too common.";
  if (new Set(password).size < 5) return "Use more varied characters.";
  if (email && password.toLowerCase().includes(email.split("@")[0]!.toLowerCase())) {
    return "The password must not contain your email address.";
  }
  return null;
}

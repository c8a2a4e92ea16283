import { randomBytes } from "node:crypto";

// Verification codes are printed on certificates and typed in by whoever checks them, so they
// use RFC 4648 base32 (A–Z, 2–7: no 0/O or 1/I confusion, case-insensitive). 128 random bits
// make them unguessable: knowing codes of other certificates tells nothing about the next one.
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const CODE_BYTES = 16;
export const CODE_LENGTH = Math.ceil((CODE_BYTES * 8) / 5);

export function base32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** A new verification code: 26 base32 characters from 128 random bits. */
export const newVerificationCode = (): string => base32(randomBytes(CODE_BYTES));

/** A code as typed (any case, spaces or dashes between groups) in stored form; null if it cannot be one. */
export function normalizeVerificationCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toUpperCase();
  return code.length === CODE_LENGTH && /^[A-Z2-7]+$/.test(code) ? code : null;
}

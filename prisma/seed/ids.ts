// Deterministic identifiers: every seeded row gets the same id on every run, so re-running the
// seed inserts nothing new (createMany skipDuplicates) and rows can reference each other by name
// without passing maps around between domain files.
import { createHash } from "node:crypto";
import { base32 as certificateBase32 } from "../../api/src/modules/learning/certificate.code.js";

/** 2025-01-01T00:00:00Z: the time field of every seeded UUIDv7, so seeded rows sort before
 * anything the API creates later and decoding a seeded id gives a plausible instant. */
const SEED_EPOCH_MS = Date.UTC(2025, 0, 1);

function digest(name: string): Buffer {
  return createHash("sha1").update(`campus-seed/${name}`).digest();
}

/**
 * A valid UUIDv7 (RFC 9562) whose random bits are SHA-1 of a stable name.
 * 74 hash bits remain, so even millions of seeded rows do not collide.
 */
export function seedId(name: string): string {
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(SEED_EPOCH_MS, 0, 6);
  digest(name).copy(bytes, 6, 0, 10);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Crockford's alphabet: no I, L, O or U, so codes survive being read aloud or retyped. */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function base32(bytes: Buffer, length: number): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += CROCKFORD[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  // Left-over bits (128 = 25 x 5 + 3) become a last, zero-padded character.
  if (bits > 0 && out.length < length) out += CROCKFORD[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Public certificate verification code, in the API's own format (RFC 4648 base32 of 128 bits,
 * 26 characters, which is all verifyCertificate accepts). Derived from the row name instead of
 * randomBytes only because seeding must be idempotent; real certificates get random codes.
 */
export function verificationCode(name: string): string {
  const bytes = createHash("sha256").update(`campus-seed/certificate/${name}`).digest().subarray(0, 16);
  return certificateBase32(bytes);
}

/** Demo booking reference BK-XXXXXX (30 bits: collision-free for the few dozen demo bookings). */
export function bookingReference(name: string): string {
  return `BK-${base32(digest(`booking-ref/${name}`), 6)}`;
}

/** Scale booking reference: a bijection of the index (8 characters, so never equal to a demo one). */
export function scaleBookingReference(index: number): string {
  let n = index;
  let out = "";
  for (let i = 0; i < 8; i += 1) {
    out = CROCKFORD[n % 32] + out;
    n = Math.floor(n / 32);
  }
  return `BK-${out}`;
}

/** Hex SHA-256, the hashing the API uses for stored token secrets. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Short stable hex for fake provider ids (pi_offline_…): readable, unique per name. */
export function shortHash(name: string, length = 16): string {
  return digest(`short/${name}`).toString("hex").slice(0, length);
}

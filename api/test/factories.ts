import { randomUUID } from "node:crypto";
import type { Role } from "../src/auth/access-tokens.js";
import { hashPassword } from "../src/auth/passwords.js";
import type { CampusPrisma } from "../src/db/client.js";

export const TEST_PASSWORD = "correct-horse-battery-staple";

let passwordHash: Promise<string> | undefined;

/** A user with TEST_PASSWORD (hashed once per process: argon2 is slow on purpose). */
export async function createUser(
  prisma: CampusPrisma,
  overrides: {
    email?: string;
    roles?: Role[];
    firstName?: string;
    lastName?: string;
    deactivatedAt?: Date;
  } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const first = overrides.firstName ?? "Test";
  const last = overrides.lastName ?? "User";
  return prisma.user.create({
    data: {
      email: overrides.email ?? `user-${randomUUID()}@campus.test`,
      passwordHash: await passwordHash,
      firstName: first,
      lastName: last,
      displayName: `${first} ${last}`,
      roles: overrides.roles ?? ["STUDENT"],
      deactivatedAt: overrides.deactivatedAt ?? null,
    },
  });
}

let courseCounter = 0;

export async function createCourse(
  prisma: CampusPrisma,
  overrides: {
    instructorId?: string | null;
    status?: "DRAFT" | "PUBLISHED" | "PRIVATE" | "ARCHIVED";
    title?: string;
    priceCents?: number;
    publishedAt?: Date;
  } = {},
) {
  courseCounter += 1;
  const title = overrides.title ?? `Course ${courseCounter}`;
  const status = overrides.status ?? "PUBLISHED";
  return prisma.course.create({
    data: {
      slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 8)}`,
      title,
      description: `About ${title}`,
      instructorId: overrides.instructorId ?? null,
      status,
      priceCents: overrides.priceCents ?? 4900,
      currency: "EUR",
      publishedAt: status === "PUBLISHED" ? (overrides.publishedAt ?? new Date()) : null,
    },
  });
}

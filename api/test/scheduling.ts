// Fixtures for the training, tutoring and booking tests: people with tokens,
// venues, in-person courses, schedules, experts, tutoring sessions and slots.
import { randomUUID } from "node:crypto";
import { type Role, signAccessToken } from "../src/auth/access-tokens.js";
import type { CampusPrisma } from "../src/db/client.js";
import { toGlobalId } from "../src/graphql/global-id.js";
import { createCourse, createUser } from "./factories.js";
import type { TestServer } from "./server.js";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const gid = toGlobalId;

export interface Person {
  id: string;
  gid: string;
  token: string;
}

/** A user with the given roles and a valid access token. */
export async function person(
  server: TestServer,
  roles: Role[] = ["STUDENT"],
  name = "Test",
): Promise<Person> {
  const user = await createUser(server.app.prisma, { roles, firstName: name });
  const token = signAccessToken(server.app.config.jwt, { userId: user.id, roles });
  return { id: user.id, gid: toGlobalId("User", user.id), token };
}

export function createVenue(prisma: CampusPrisma, overrides: { capacity?: number; city?: string } = {}) {
  return prisma.venue.create({
    data: {
      name: `Venue ${randomUUID().slice(0, 6)}`,
      addressLine1: "1 High Street",
      city: overrides.city ?? "Leeds",
      postcode: "LS1 1AA",
      capacity: overrides.capacity ?? 20,
      timezone: "Europe/London",
    },
  });
}

/** A published IN_PERSON course (seed 004 style). */
export async function createInPersonCourse(
  prisma: CampusPrisma,
  overrides: {
    instructorId?: string;
    maxCapacity?: number | null;
    courseType?: "EFAW" | "FAW" | "PAEDIATRIC";
    priceCents?: number;
  } = {},
) {
  const course = await createCourse(prisma, {
    instructorId: overrides.instructorId ?? null,
    priceCents: overrides.priceCents ?? 9500,
  });
  return prisma.course.update({
    where: { id: course.id },
    data: {
      format: "IN_PERSON",
      maxCapacity: overrides.maxCapacity === undefined ? 12 : overrides.maxCapacity,
      courseType: overrides.courseType ?? "EFAW",
      currency: "GBP",
    },
  });
}

export async function createSchedule(
  prisma: CampusPrisma,
  args: {
    courseId: string;
    venueId: string;
    startsAt?: Date;
    capacity?: number;
    status?: "DRAFT" | "PUBLISHED";
    instructorId?: string;
    priceCents?: number;
  },
) {
  const startsAt = args.startsAt ?? new Date(Date.now() + 10 * DAY + Math.floor(Math.random() * 1000) * HOUR);
  return prisma.courseSchedule.create({
    data: {
      courseId: args.courseId,
      venueId: args.venueId,
      instructorId: args.instructorId ?? null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * HOUR),
      capacity: args.capacity ?? 12,
      status: args.status ?? "PUBLISHED",
      ...(args.priceCents !== undefined ? { priceCents: args.priceCents, currency: "GBP" } : {}),
    },
  });
}

/** An instructor with a VERIFIED, available expert profile. */
export async function createExpert(server: TestServer, overrides: { name?: string } = {}) {
  const who = await person(server, ["STUDENT", "INSTRUCTOR"], overrides.name ?? "Expert");
  const profile = await server.app.prisma.expertProfile.create({
    data: {
      userId: who.id,
      bio: "Teaches things.",
      expertiseAreas: ["typescript"],
      hourlyRateCents: 6000,
      currency: "EUR",
      verificationStatus: "VERIFIED",
    },
  });
  return { ...who, profile, profileGid: toGlobalId("ExpertProfile", profile.id) };
}

export function createTutoringSession(
  prisma: CampusPrisma,
  expertId: string,
  overrides: {
    priceCents?: number;
    durationMinutes?: number;
    maxParticipants?: number;
    isActive?: boolean;
    title?: string;
  } = {},
) {
  return prisma.tutoringSession.create({
    data: {
      expertId,
      title: overrides.title ?? "TypeScript clinic",
      description: "Bring your questions.",
      topicTags: ["typescript"],
      durationMinutes: overrides.durationMinutes ?? 60,
      priceCents: overrides.priceCents ?? 5000,
      currency: "EUR",
      maxParticipants: overrides.maxParticipants ?? 1,
      isActive: overrides.isActive ?? true,
    },
  });
}

export function createSlot(
  prisma: CampusPrisma,
  session: { id: string; expertId: string; durationMinutes: number; maxParticipants: number },
  startsAt: Date,
) {
  return prisma.bookableSlot.create({
    data: {
      tutoringSessionId: session.id,
      expertId: session.expertId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + session.durationMinutes * 60_000),
      capacity: session.maxParticipants,
    },
  });
}

/** `count` students with tokens, inserted in one statement (concurrency tests need hundreds). */
export async function students(server: TestServer, count: number): Promise<Person[]> {
  const tag = randomUUID().slice(0, 8);
  const emails = Array.from({ length: count }, (_, i) => `crowd-${tag}-${i}@campus.test`);
  await server.app.prisma.user.createMany({
    data: emails.map((email, i) => ({
      email,
      firstName: "Crowd",
      lastName: String(i),
      roles: ["STUDENT" as const],
    })),
  });
  const users = await server.app.prisma.user.findMany({
    where: { email: { in: emails } },
    select: { id: true },
  });
  return users.map((u) => ({
    id: u.id,
    gid: toGlobalId("User", u.id),
    token: signAccessToken(server.app.config.jwt, { userId: u.id, roles: ["STUDENT"] }),
  }));
}

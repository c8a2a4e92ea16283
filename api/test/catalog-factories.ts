// Catalog fixtures for integration tests: courses with curricula, enrollments, tokens.
// Rows are written with Prisma directly (the API under test is not used to arrange a test).
import { randomUUID } from "node:crypto";
import type { Role } from "../src/auth/access-tokens.js";
import { signAccessToken } from "../src/auth/access-tokens.js";
import type { Config } from "../src/config.js";
import type { CampusPrisma } from "../src/db/client.js";
import type { Prisma } from "../src/generated/prisma/client.js";
import { fromGlobalId, toGlobalId } from "../src/graphql/global-id.js";
import { createUser } from "./factories.js";

/** An access token for `user`, as logIn would issue it. */
export function tokenFor(config: Config, user: { id: string; roles: string[] }): string {
  return signAccessToken(config.jwt, { userId: user.id, roles: user.roles as Role[] });
}

export const gid = toGlobalId;

/** The uuid inside a global id returned by the API. */
export const uuidOf = (globalId: string): string => fromGlobalId(globalId)?.id ?? "";

export const createInstructor = (prisma: CampusPrisma, overrides: { firstName?: string } = {}) =>
  createUser(prisma, { roles: ["STUDENT", "INSTRUCTOR"], ...overrides });

export const createAdmin = (prisma: CampusPrisma) =>
  createUser(prisma, { roles: ["STUDENT", "ADMIN"], firstName: "Admin" });

let counter = 0;

/** A published course (unless `status` says otherwise) with sensible defaults. */
export async function createCatalogCourse(
  prisma: CampusPrisma,
  overrides: Partial<Prisma.CourseUncheckedCreateInput> = {},
) {
  counter += 1;
  const title = overrides.title ?? `Catalog course ${counter}`;
  const status = overrides.status ?? "PUBLISHED";
  return prisma.course.create({
    data: {
      slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 8)}`,
      title,
      description: `About ${title}`,
      currency: "EUR",
      priceCents: 4900,
      category: "Programming",
      level: "BEGINNER",
      publishedAt: status === "PUBLISHED" ? new Date(Date.now() - counter * 1000) : null,
      ...overrides,
      status,
    },
  });
}

/** Modules with lessons: `shape` lists lesson counts per module; the first lesson is a preview. */
export async function addCurriculum(prisma: CampusPrisma, courseId: string, shape: number[] = [2, 1]) {
  const modules = [];
  for (const [mi, lessons] of shape.entries()) {
    const module = await prisma.courseModule.create({
      data: { courseId, title: `Module ${mi + 1}`, position: mi },
    });
    const rows = [];
    for (let li = 0; li < lessons; li++) {
      rows.push(
        await prisma.lesson.create({
          data: {
            courseId,
            moduleId: module.id,
            title: `Lesson ${mi + 1}.${li + 1}`,
            position: li,
            type: "VIDEO",
            videoUrl: `https://media.campus.test/${courseId}/${mi}-${li}.mp4`,
            articleContent: `Notes for lesson ${mi + 1}.${li + 1}`,
            durationMinutes: 10,
            isPreview: mi === 0 && li === 0,
          },
        }),
      );
    }
    modules.push({ module, lessons: rows });
  }
  return modules;
}

/** An enrollment granting access (ACTIVE unless told otherwise). */
export function enroll(
  prisma: CampusPrisma,
  userId: string,
  courseId: string,
  overrides: Partial<Prisma.EnrollmentUncheckedCreateInput> = {},
) {
  return prisma.enrollment.create({
    data: { userId, courseId, accessType: "FREE_GRANT", status: "ACTIVE", ...overrides },
  });
}

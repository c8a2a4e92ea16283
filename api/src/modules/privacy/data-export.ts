import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";

type UserRelation = Exclude<keyof Prisma.UserInclude, "_count">;

/**
 * Every relation of User, with the secret columns left out. `satisfies Record<UserRelation, …>`
 * makes tsc fail when a relation is added to the schema and not here, and privacy.test.ts
 * checks the list against the .prisma files: an export can never silently miss a table.
 */
export const userRelations = {
  expertProfile: true,
  learnerProfile: true,
  instructorApplications: true,
  reviewedInstructorApplications: true,
  refreshTokens: { omit: { tokenHash: true } },
  passwordResetTokens: { omit: { tokenHash: true } },
  apiKeys: { omit: { keyHash: true } },
  taughtCourses: true,
  favorites: true,
  createdResources: true,
  wishlistItems: true,
  courseReviews: true,
  courseDiscussions: true,
  enrollments: true,
  lessonProgress: true,
  quizAttempts: true,
  codeSubmissions: true,
  certificates: true,
  issuedCertificates: true,
  learningAnalyticsDays: true,
  hostedLiveSessions: true,
  sessionParticipations: true,
  instructedSchedules: true,
  createdSchedules: true,
  bookings: true,
  cancelledBookings: true,
  paymentTransactions: true,
  createdDiscountCodes: true,
  discountRedemptions: true,
  subscriptions: true,
  contacts: true,
  individualCourses: true,
  instructedIndividualCourses: true,
  createdQuotes: true,
  notifications: true,
  emailLogs: true,
  emailCourseSubscriptions: true,
  aiConversations: { include: { messages: true } },
  activityLogs: true,
  auditLogs: true,
  analyticsEvents: true,
} as const satisfies Record<UserRelation, true | object>;

export interface DataExport {
  format: "campus-user-export/1";
  generatedAt: string;
  user: Record<string, unknown>;
  /** One entry per relation of User: a list of rows, or one row (or null) for one-to-one relations. */
  relations: Record<UserRelation, unknown>;
}

/**
 * All rows about one user (seed 000 compliance: right of access), as plain JSON: the user
 * row without its password hash, and every row of every table that references the user.
 * Read in one repeatable-read transaction so the parts are consistent with each other.
 */
export async function exportUserData(prisma: CampusPrisma, userId: string): Promise<DataExport | null> {
  const row = await prisma.$transaction(
    (tx) =>
      tx.user.findUnique({
        where: { id: userId },
        omit: { passwordHash: true },
        include: userRelations,
      }),
    { isolationLevel: "RepeatableRead" },
  );
  if (!row) return null;
  const plain = JSON.parse(JSON.stringify(row, jsonSafe)) as Record<string, unknown>;
  const relations = {} as Record<UserRelation, unknown>;
  const user: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(plain)) {
    if (key in userRelations) relations[key as UserRelation] = value ?? null;
    else user[key] = value;
  }
  return { format: "campus-user-export/1", generatedAt: new Date().toISOString(), user, relations };
}

/** BigInt columns become strings; dates and decimals serialize themselves (toJSON). */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  return value;
}

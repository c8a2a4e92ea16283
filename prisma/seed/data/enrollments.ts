// Who is enrolled where, how far they got and how they paid. Lesson progress, quiz attempts,
// certificates and COURSE_PURCHASE ledger rows are derived from these lines.
import type { EnrollmentAccessType, EnrollmentStatus } from "../../../api/src/generated/prisma/enums.js";
import type { PersonKey } from "./people.js";

export type EnrollmentDef = {
  who: PersonKey;
  slug: string;
  status: EnrollmentStatus;
  /** Lessons completed, in curriculum order ("all" for completed courses). */
  completed: number | "all";
  access: EnrollmentAccessType;
  enrolledDaysAgo: number;
  lastAccessDaysAgo: number;
  /** Discount code used at checkout (paid enrollments). */
  code?: string;
  /** The purchase was refunded and access revoked. */
  refunded?: boolean;
};

export const enrollments: EnrollmentDef[] = [
  {
    who: "emma",
    slug: "typescript-from-zero",
    status: "COMPLETED",
    completed: "all",
    access: "PURCHASED",
    enrolledDaysAgo: 150,
    lastAccessDaysAgo: 95,
    code: "WELCOME10",
  },
  {
    who: "emma",
    slug: "graphql-api-design",
    status: "ACTIVE",
    completed: 4,
    access: "SUBSCRIPTION",
    enrolledDaysAgo: 40,
    lastAccessDaysAgo: 1,
  },
  {
    who: "emma",
    slug: "python-data-analysis",
    status: "ACTIVE",
    completed: 2,
    access: "FREE_GRANT",
    enrolledDaysAgo: 20,
    lastAccessDaysAgo: 0,
  },
  {
    who: "noah",
    slug: "graphql-api-design",
    status: "ACTIVE",
    completed: 6,
    access: "PURCHASED",
    enrolledDaysAgo: 100,
    lastAccessDaysAgo: 2,
  },
  {
    who: "noah",
    slug: "typescript-from-zero",
    status: "ACTIVE",
    completed: 7,
    access: "PURCHASED",
    enrolledDaysAgo: 130,
    lastAccessDaysAgo: 6,
  },
  {
    who: "noah",
    slug: "react-live-cohort",
    status: "ACTIVE",
    completed: 1,
    access: "PURCHASED",
    enrolledDaysAgo: 30,
    lastAccessDaysAgo: 9,
  },
  {
    who: "lucas",
    slug: "bridge-les-bases",
    status: "ACTIVE",
    completed: 5,
    access: "PURCHASED",
    enrolledDaysAgo: 80,
    lastAccessDaysAgo: 0,
    code: "BRIDGE20",
  },
  {
    who: "lucas",
    slug: "decouvrir-le-bridge",
    status: "COMPLETED",
    completed: "all",
    access: "FREE_GRANT",
    enrolledDaysAgo: 145,
    lastAccessDaysAgo: 140,
  },
  {
    who: "lucas",
    slug: "bridge-encheres-en-groupe",
    status: "ACTIVE",
    completed: 2,
    access: "PURCHASED",
    enrolledDaysAgo: 35,
    lastAccessDaysAgo: 3,
  },
  {
    who: "chloe",
    slug: "decouvrir-le-bridge",
    status: "ACTIVE",
    completed: 1,
    access: "FREE_GRANT",
    enrolledDaysAgo: 50,
    lastAccessDaysAgo: 12,
  },
  {
    who: "chloe",
    slug: "bridge-encheres-en-groupe",
    status: "ACTIVE",
    completed: 0,
    access: "PURCHASED",
    enrolledDaysAgo: 10,
    lastAccessDaysAgo: 10,
  },
  {
    who: "helene",
    slug: "bridge-les-bases",
    status: "COMPLETED",
    completed: "all",
    access: "PURCHASED",
    enrolledDaysAgo: 115,
    lastAccessDaysAgo: 70,
  },
  {
    who: "mia",
    slug: "python-data-analysis",
    status: "ACTIVE",
    completed: 3,
    access: "FREE_GRANT",
    enrolledDaysAgo: 60,
    lastAccessDaysAgo: 4,
  },
  {
    who: "mia",
    slug: "typescript-from-zero",
    status: "REVOKED",
    completed: 1,
    access: "PURCHASED",
    enrolledDaysAgo: 100,
    lastAccessDaysAgo: 99,
    refunded: true,
  },
  {
    who: "oliver",
    slug: "react-live-cohort",
    status: "ACTIVE",
    completed: 2,
    access: "PURCHASED",
    enrolledDaysAgo: 45,
    lastAccessDaysAgo: 1,
  },
  {
    who: "oliver",
    slug: "angularjs-essentials",
    status: "EXPIRED",
    completed: 1,
    access: "PROMOTIONAL",
    enrolledDaysAgo: 88,
    lastAccessDaysAgo: 60,
  },
  {
    who: "ravi",
    slug: "typescript-from-zero",
    status: "ACTIVE",
    completed: 0,
    access: "PURCHASED",
    enrolledDaysAgo: 2,
    lastAccessDaysAgo: 2,
  },
  {
    who: "lena",
    slug: "angularjs-essentials",
    status: "COMPLETED",
    completed: "all",
    access: "PURCHASED",
    enrolledDaysAgo: 320,
    lastAccessDaysAgo: 250,
  },
];

export function enrollmentDef(who: PersonKey, slug: string): EnrollmentDef {
  const found = enrollments.find((e) => e.who === who && e.slug === slug);
  if (!found) throw new Error(`Seed data: ${who} is not enrolled in ${slug}`);
  return found;
}

// Discount codes (002 promotional codes and 004 booking codes). usedCount is recomputed from the
// redemptions, never typed in here.
import type {
  CourseFormat,
  DiscountScope,
  DiscountType,
  TrainingCourseType,
} from "../../../api/src/generated/prisma/enums.js";
import type { PersonKey } from "./people.js";

export type DiscountDef = {
  code: string;
  description: string;
  type: DiscountType;
  value: number;
  currency?: string;
  minPurchaseCents?: number;
  scope: DiscountScope;
  courses?: string[];
  format?: CourseFormat;
  courseType?: TrainingCourseType;
  maxUses: number | null;
  maxUsesPerUser: number | null;
  validFromDays: number;
  validUntilDays: number | null;
  active: boolean;
  createdBy: PersonKey;
};

export const discounts: DiscountDef[] = [
  {
    code: "WELCOME10",
    description: "10% off your first course",
    type: "PERCENTAGE",
    value: 10,
    scope: "COURSES",
    maxUses: 1000,
    maxUsesPerUser: 1,
    validFromDays: -365,
    validUntilDays: 365,
    active: true,
    createdBy: "admin",
  },
  {
    code: "BRIDGE20",
    description: "-20 % sur les cours de bridge",
    type: "PERCENTAGE",
    value: 20,
    scope: "COURSES",
    courses: ["bridge-les-bases", "bridge-encheres-en-groupe"],
    maxUses: 200,
    maxUsesPerUser: 1,
    validFromDays: -200,
    validUntilDays: 160,
    active: true,
    createdBy: "thomas",
  },
  {
    code: "SUMMER2025",
    description: "Free access to the retired AngularJS course",
    type: "PERCENTAGE",
    value: 100,
    scope: "COURSES",
    courses: ["angularjs-essentials"],
    maxUses: 50,
    maxUsesPerUser: 1,
    validFromDays: -120,
    validUntilDays: -30,
    active: false,
    createdBy: "admin",
  },
  {
    code: "LIVE30",
    description: "30% off live group courses",
    type: "PERCENTAGE",
    value: 30,
    scope: "COURSE_FORMAT",
    format: "LIVE_GROUP",
    maxUses: 30,
    maxUsesPerUser: 1,
    validFromDays: -10,
    validUntilDays: 50,
    active: true,
    createdBy: "admin",
  },
  {
    code: "FIRSTAID25",
    description: "€25 off First Aid at Work",
    type: "FIXED_AMOUNT",
    value: 2500,
    currency: "EUR",
    minPurchaseCents: 20000,
    scope: "BOOKINGS",
    courseType: "FAW",
    maxUses: 100,
    maxUsesPerUser: 1,
    validFromDays: -90,
    validUntilDays: 120,
    active: true,
    createdBy: "admin",
  },
  {
    code: "TUTOR15",
    description: "15% off a tutoring session",
    type: "PERCENTAGE",
    value: 15,
    scope: "BOOKINGS",
    maxUses: 500,
    maxUsesPerUser: 2,
    validFromDays: -60,
    validUntilDays: 60,
    active: true,
    createdBy: "admin",
  },
  {
    code: "STAFF100",
    description: "Free seats for staff training",
    type: "PERCENTAGE",
    value: 100,
    scope: "BOOKINGS",
    maxUses: 5,
    maxUsesPerUser: 1,
    validFromDays: -30,
    validUntilDays: 90,
    active: true,
    createdBy: "thomas",
  },
];

export function discountFor(code: string | undefined, priceCents: number): number {
  if (!code) return 0;
  const def = discounts.find((d) => d.code === code);
  if (!def) throw new Error(`Unknown seed discount code ${code}`);
  const off = def.type === "PERCENTAGE" ? Math.round((priceCents * def.value) / 100) : def.value;
  return Math.min(off, priceCents);
}

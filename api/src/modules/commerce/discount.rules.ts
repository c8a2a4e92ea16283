// Pure rules of discount codes (seed 002 promotional_codes + seed 004 discount_codes),
// unit-tested in discount.rules.test.ts. The usage limits are enforced by the
// database (discount-redemption.ts); these rules decide whether a code applies
// and what it takes off.
import { formatMoney } from "../../graphql/money.js";
import { UserErrorCode } from "../../graphql/user-error.js";

export type DiscountScope = "ALL" | "COURSES" | "COURSE_FORMAT" | "BOOKINGS" | "SUBSCRIPTIONS";

/** What is being paid for, with what a code's restrictions look at. */
export type DiscountTarget =
  | { kind: "COURSE_PURCHASE" | "SCHEDULE_SEAT"; courseId: string; format: string; courseType: string | null }
  | { kind: "TUTORING_SLOT" }
  | { kind: "SUBSCRIPTION"; courseId: string | null };

export interface DiscountCodeRule {
  discountType: "PERCENTAGE" | "FIXED_AMOUNT";
  discountValue: number;
  currency: string | null;
  minPurchaseCents: number | null;
  scope: DiscountScope;
  applicableCourseIds: string[];
  format: string | null;
  courseTypeRestriction: string | null;
  maxUses: number | null;
  usedCount: number;
  validFrom: Date;
  validUntil: Date | null;
  isActive: boolean;
}

export interface Purchase {
  target: DiscountTarget;
  priceCents: number;
  currency: string;
}

export interface DiscountProblem {
  code: UserErrorCode;
  message: string;
}

const WHAT: Record<DiscountTarget["kind"], string> = {
  COURSE_PURCHASE: "this course",
  SCHEDULE_SEAT: "this class",
  TUTORING_SLOT: "tutoring sessions",
  SUBSCRIPTION: "this subscription",
};

const SCOPE_KINDS: Record<DiscountScope, DiscountTarget["kind"][]> = {
  ALL: ["COURSE_PURCHASE", "SCHEDULE_SEAT", "TUTORING_SLOT", "SUBSCRIPTION"],
  COURSES: ["COURSE_PURCHASE"],
  COURSE_FORMAT: ["COURSE_PURCHASE", "SCHEDULE_SEAT"],
  BOOKINGS: ["TUTORING_SLOT", "SCHEDULE_SEAT"],
  SUBSCRIPTIONS: ["SUBSCRIPTION"],
};

/** The scope names what kind of purchase; each restriction that is set narrows it further. */
export function appliesTo(rule: DiscountCodeRule, target: DiscountTarget): boolean {
  if (!SCOPE_KINDS[rule.scope].includes(target.kind)) return false;
  const courseId = "courseId" in target ? target.courseId : null;
  if (rule.applicableCourseIds.length > 0 && !(courseId && rule.applicableCourseIds.includes(courseId)))
    return false;
  const course = target.kind === "COURSE_PURCHASE" || target.kind === "SCHEDULE_SEAT" ? target : null;
  if (rule.format && course?.format !== rule.format) return false;
  if (rule.courseTypeRestriction && course?.courseType !== rule.courseTypeRestriction) return false;
  return true;
}

/**
 * Why the code cannot be used for this purchase now, or null when it can. One
 * specific reason, checked in the order a customer would want to hear them.
 */
export function discountProblem(
  rule: DiscountCodeRule,
  purchase: Purchase,
  now: Date,
): DiscountProblem | null {
  if (!rule.isActive)
    return { code: UserErrorCode.INACTIVE, message: "This discount code is no longer active." };
  if (rule.validFrom > now)
    return { code: UserErrorCode.NOT_YET_VALID, message: "This discount code is not valid yet." };
  if (rule.validUntil && rule.validUntil <= now)
    return { code: UserErrorCode.EXPIRED, message: "This discount code has expired." };
  if (!appliesTo(rule, purchase.target))
    return {
      code: UserErrorCode.NOT_APPLICABLE,
      message: `This discount code does not apply to ${WHAT[purchase.target.kind]}.`,
    };
  // Amounts in another currency mean nothing here (a €10 code on a £40 class).
  const hasAmounts = rule.discountType === "FIXED_AMOUNT" || rule.minPurchaseCents != null;
  if (hasAmounts && rule.currency && rule.currency !== purchase.currency)
    return {
      code: UserErrorCode.NOT_APPLICABLE,
      message: `This discount code is for payments in ${rule.currency}.`,
    };
  if (rule.minPurchaseCents != null && purchase.priceCents < rule.minPurchaseCents) {
    const minimum = formatMoney(rule.minPurchaseCents, rule.currency ?? purchase.currency);
    return {
      code: UserErrorCode.BELOW_MINIMUM,
      message: `This discount code needs a purchase of at least ${minimum}.`,
    };
  }
  if (rule.maxUses != null && rule.usedCount >= rule.maxUses)
    return { code: UserErrorCode.LIMIT_REACHED, message: "This discount code has been used up." };
  return null;
}

/** Cents taken off `priceCents`: a percentage rounded to the nearest cent, or a fixed amount; never more than the price. */
export function discountAmount(
  rule: Pick<DiscountCodeRule, "discountType" | "discountValue">,
  priceCents: number,
) {
  const off =
    rule.discountType === "PERCENTAGE"
      ? Math.round((priceCents * rule.discountValue) / 100)
      : rule.discountValue;
  return Math.max(0, Math.min(priceCents, off));
}

/** Codes are stored uppercase (CHECK discount_codes_code_uppercase_check); customers type them any way. */
export const normalizeCode = (code: string) => code.trim().toUpperCase();

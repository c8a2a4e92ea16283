import { z } from "zod";
import type {
  CourseFormat,
  CreateDiscountCodeInput,
  DiscountScope,
  DiscountType,
  TrainingCourseType,
} from "../../gql/graphql";
import { parseAmountToCents } from "../teaching/quote-total";
import { fromLocalInput, toLocalInput } from "./local-date-time";

export const DISCOUNT_SCOPES: DiscountScope[] = [
  "ALL",
  "COURSES",
  "COURSE_FORMAT",
  "BOOKINGS",
  "SUBSCRIPTIONS",
];
export const COURSE_FORMATS: CourseFormat[] = ["SELF_PACED", "LIVE_GROUP", "IN_PERSON", "INDIVIDUAL"];
export const TRAINING_COURSE_TYPES: TrainingCourseType[] = ["EFAW", "FAW", "PAEDIATRIC"];

/** The form as typed: amounts and limits are text until they are checked. */
export type DiscountCodeValues = {
  code: string;
  description: string;
  discountType: DiscountType;
  value: string;
  currency: string;
  minPurchase: string;
  validFrom: string;
  validUntil: string;
  maxUses: string;
  maxUsesPerUser: string;
  scope: DiscountScope;
  format: CourseFormat | "";
  courseTypeRestriction: TrainingCourseType | "";
  isActive: boolean;
};

/** A saved code as the form needs it (what `DiscountCodeForm_DiscountCode` selects). */
export type SavedDiscountCode = {
  code: string;
  description?: string | null;
  discountType: DiscountType;
  discountValue: number;
  currency?: string | null;
  minPurchaseCents?: number | null;
  validFrom: string;
  validUntil?: string | null;
  maxUses?: number | null;
  maxUsesPerUser?: number | null;
  scope: DiscountScope;
  format?: CourseFormat | null;
  courseTypeRestriction?: TrainingCourseType | null;
  isActive: boolean;
};

export function emptyDiscountCode(now = new Date()): DiscountCodeValues {
  return {
    code: "",
    description: "",
    discountType: "PERCENTAGE",
    value: "",
    currency: "EUR",
    minPurchase: "",
    validFrom: toLocalInput(now.toISOString()),
    validUntil: "",
    maxUses: "",
    maxUsesPerUser: "1",
    scope: "ALL",
    format: "",
    courseTypeRestriction: "",
    isActive: true,
  };
}

const cents = (value: number) => (value / 100).toFixed(2);

export function discountCodeValues(saved: SavedDiscountCode): DiscountCodeValues {
  return {
    code: saved.code,
    description: saved.description ?? "",
    discountType: saved.discountType,
    value: saved.discountType === "PERCENTAGE" ? String(saved.discountValue) : cents(saved.discountValue),
    currency: saved.currency ?? "EUR",
    minPurchase: saved.minPurchaseCents == null ? "" : cents(saved.minPurchaseCents),
    validFrom: toLocalInput(saved.validFrom),
    validUntil: saved.validUntil ? toLocalInput(saved.validUntil) : "",
    maxUses: saved.maxUses == null ? "" : String(saved.maxUses),
    maxUsesPerUser: saved.maxUsesPerUser == null ? "" : String(saved.maxUsesPerUser),
    scope: saved.scope,
    format: saved.format ?? "",
    courseTypeRestriction: saved.courseTypeRestriction ?? "",
    isActive: saved.isActive,
  };
}

const WHOLE = /^\d+$/;
/** Empty means "no limit"; otherwise a whole number of at least 1. */
const limitOk = (text: string) => text.trim() === "" || (WHOLE.test(text.trim()) && Number(text) >= 1);

// Messages are keys of adminOperations.errors, translated where they are shown.
export const discountCodeSchema = z
  .object({
    code: z
      .string()
      .trim()
      .min(3, "codeLength")
      .max(50, "codeLength")
      .regex(/^[A-Za-z0-9_-]+$/, "codeCharacters"),
    description: z.string().max(1000, "tooLong"),
    discountType: z.enum(["PERCENTAGE", "FIXED_AMOUNT"]),
    value: z.string(),
    currency: z.string(),
    minPurchase: z.string(),
    validFrom: z.string().min(1, "required"),
    validUntil: z.string(),
    maxUses: z.string().refine(limitOk, "limit"),
    maxUsesPerUser: z.string().refine(limitOk, "limit"),
    scope: z.enum(["ALL", "COURSES", "COURSE_FORMAT", "BOOKINGS", "SUBSCRIPTIONS"]),
    format: z.enum(["", ...COURSE_FORMATS]),
    courseTypeRestriction: z.enum(["", ...TRAINING_COURSE_TYPES]),
    isActive: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: keyof DiscountCodeValues, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    const value = v.value.trim();
    if (v.discountType === "PERCENTAGE") {
      if (!WHOLE.test(value) || Number(value) < 1) issue("value", "percentWhole");
      else if (Number(value) > 100) issue("value", "percentTooHigh");
    } else {
      const amount = parseAmountToCents(value);
      if (!Number.isFinite(amount) || amount <= 0) issue("value", "amount");
    }
    const minimum = parseAmountToCents(v.minPurchase);
    if (!Number.isFinite(minimum)) issue("minPurchase", "amount");
    const needsCurrency = v.discountType === "FIXED_AMOUNT" || v.minPurchase.trim() !== "";
    if (needsCurrency && !/^[A-Za-z]{3}$/.test(v.currency.trim())) issue("currency", "currency");
    const from = fromLocalInput(v.validFrom);
    if (v.validFrom && !from) issue("validFrom", "date");
    if (v.validUntil) {
      const until = fromLocalInput(v.validUntil);
      if (!until) issue("validUntil", "date");
      else if (from && until <= from) issue("validUntil", "endBeforeStart");
    }
    if (v.scope === "COURSE_FORMAT" && !v.format) issue("format", "formatForScope");
  });

const limit = (text: string) => (text.trim() === "" ? null : Number(text.trim()));

/**
 * The mutation input of checked values. Every field is sent, so an edit can
 * also clear one (no end date, no limit, no minimum).
 */
export function discountCodeInput(v: DiscountCodeValues): Omit<CreateDiscountCodeInput, "code"> {
  const hasMinimum = v.minPurchase.trim() !== "";
  const fixed = v.discountType === "FIXED_AMOUNT";
  return {
    description: v.description.trim() || null,
    discountType: v.discountType,
    discountValue: fixed ? parseAmountToCents(v.value) : Number(v.value.trim()),
    currency: fixed || hasMinimum ? v.currency.trim().toUpperCase() : null,
    minPurchaseCents: hasMinimum ? parseAmountToCents(v.minPurchase) : null,
    validFrom: fromLocalInput(v.validFrom)?.toISOString() ?? null,
    validUntil: v.validUntil ? (fromLocalInput(v.validUntil)?.toISOString() ?? null) : null,
    maxUses: limit(v.maxUses),
    maxUsesPerUser: limit(v.maxUsesPerUser),
    scope: v.scope,
    format: v.format || null,
    courseTypeRestriction: v.courseTypeRestriction || null,
    isActive: v.isActive,
  };
}

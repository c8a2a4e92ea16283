// Input rules of the admin discount-code mutations (zod, turned into userErrors by parseInput).
import { z } from "zod";
import { currencyCode, globalIdOf } from "../../lib/id-schema.js";

const code = z
  .string()
  .trim()
  .min(3, "Codes have at least 3 characters.")
  .max(50, "Codes have at most 50 characters.")
  .regex(/^[A-Za-z0-9_-]+$/, "Letters, digits, - and _ only.")
  .transform((v) => v.toUpperCase());

const fields = {
  description: z.string().trim().max(1000, "At most 1000 characters.").nullish(),
  discountType: z.enum(["PERCENTAGE", "FIXED_AMOUNT"]),
  discountValue: z.number().int("Whole numbers only.").positive("Must be more than zero."),
  currency: currencyCode.nullish(),
  minPurchaseCents: z.number().int().min(0, "Cannot be negative.").nullish(),
  scope: z.enum(["ALL", "COURSES", "COURSE_FORMAT", "BOOKINGS", "SUBSCRIPTIONS"]),
  applicableCourseIds: z.array(globalIdOf("Course", "course")).max(500).nullish(),
  format: z.enum(["SELF_PACED", "LIVE_GROUP", "IN_PERSON", "INDIVIDUAL"]).nullish(),
  courseTypeRestriction: z.enum(["EFAW", "FAW", "PAEDIATRIC"]).nullish(),
  maxUses: z.number().int().positive("Must be more than zero.").nullish(),
  maxUsesPerUser: z.number().int().positive("Must be more than zero.").nullish(),
  validFrom: z.date().nullish(),
  validUntil: z.date().nullish(),
  isActive: z.boolean().nullish(),
};

type Shape = {
  discountType?: "PERCENTAGE" | "FIXED_AMOUNT";
  discountValue?: number;
  currency?: string | null;
  validFrom?: Date | null;
  validUntil?: Date | null;
};

/** Rules across fields (the CHECK constraints of discount_codes, said as userErrors first). */
function crossCheck(value: Shape, ctx: z.RefinementCtx) {
  if (value.discountType === "PERCENTAGE" && (value.discountValue ?? 0) > 100)
    ctx.addIssue({ code: "custom", path: ["discountValue"], message: "A percentage is at most 100." });
  if (value.discountType === "FIXED_AMOUNT" && value.currency === null)
    ctx.addIssue({ code: "custom", path: ["currency"], message: "A fixed amount needs a currency." });
  if (value.validFrom && value.validUntil && value.validUntil <= value.validFrom)
    ctx.addIssue({ code: "custom", path: ["validUntil"], message: "Must be after validFrom." });
}

export const createDiscountCodeSchema = z
  .object({ code, ...fields, scope: fields.scope.nullish() })
  .superRefine((value, ctx) => {
    crossCheck(value, ctx);
    if (value.discountType === "FIXED_AMOUNT" && !value.currency)
      ctx.addIssue({ code: "custom", path: ["currency"], message: "A fixed amount needs a currency." });
  });

export const updateDiscountCodeSchema = z
  .object(fields)
  .partial()
  .extend({ id: globalIdOf("DiscountCode", "discount code") })
  .superRefine(crossCheck);

export type CreateDiscountCode = z.infer<typeof createDiscountCodeSchema>;
export type UpdateDiscountCode = z.infer<typeof updateDiscountCodeSchema>;

import { z } from "zod";
import { globalIdOf } from "../../lib/id-schema.js";

const cents = (label: string) =>
  z.number().int(`${label} must be whole cents.`).min(0, `${label} cannot be negative.`).max(100_000_000);
const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).nullish();

/** The breakdown and terms shared by createCourseQuote and reviseCourseQuote. */
export const quoteTerms = {
  hourlyRateCents: cents("Hourly rate").refine((v) => v > 0, "Hourly rate must be positive."),
  estimatedHours: z.number().int().min(1, "Estimated hours must be at least 1.").max(1000),
  basePriceCents: cents("Base price").nullish(),
  customizationFeeCents: cents("Customisation fee").nullish(),
  materialsFeeCents: cents("Materials fee").nullish(),
  discountAmountCents: cents("Discount").nullish(),
  expectedTotalCents: z.number().int().nullish(),
  validUntil: z.date("Valid until must be a date."),
  termsConditions: optionalText(10000),
  paymentTerms: optionalText(2000),
  cancellationPolicy: optionalText(5000),
  quoteMessage: optionalText(5000),
};

export const createQuoteSchema = z.object({
  ...quoteTerms,
  individualCourseId: globalIdOf("IndividualCourse", "individual course"),
});
export const reviseQuoteSchema = z.object({ ...quoteTerms, quoteId: globalIdOf("CourseQuote", "quote") });
export const sendQuoteSchema = z.object({ quoteId: globalIdOf("CourseQuote", "quote") });
export const respondSchema = z
  .object({
    token: z.string().max(200).nullish(),
    quoteId: globalIdOf("CourseQuote", "quote").nullish(),
    decision: z.enum(["ACCEPT", "REJECT"]),
    message: optionalText(5000),
  })
  .refine((v) => (v.token == null) !== (v.quoteId == null), {
    message: "Give either the link's token or the quote.",
    path: ["token"],
  });

export type QuoteTerms = z.infer<z.ZodObject<typeof quoteTerms>>;

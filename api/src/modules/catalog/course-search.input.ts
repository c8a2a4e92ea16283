import { z } from "zod";
import { badUserInput } from "../../graphql/errors.js";
import { CourseFormatEnum, SkillLevelEnum } from "./catalog.enums.js";
import type { CourseSearch } from "./course-search.sql.js";

const MAX_VALUES = 20;

const words = z
  .array(z.string().trim().min(1, "Values must not be empty.").max(100, "Values are at most 100 characters."))
  .max(MAX_VALUES, `At most ${MAX_VALUES} values.`)
  .nullish()
  .transform((v) => [...new Set(v ?? [])]);

const enums = <T extends Record<string, string>>(values: T) =>
  z
    .array(z.enum(values))
    .nullish()
    .transform((v) => [...new Set(v ?? [])] as string[]);

const cents = z.number().int().min(0, "Prices are never negative.").nullish();

const searchSchema = z.object({
  query: z
    .string()
    .trim()
    .max(200, "The search text is at most 200 characters.")
    .nullish()
    .transform((v) => (v ? v : null)),
  filter: z
    .object({
      category: words,
      subcategory: words,
      level: enums(SkillLevelEnum),
      format: enums(CourseFormatEnum),
      language: words,
      // Tags are stored lowercase (course authoring normalizes them).
      tags: words.transform((v) => v.map((t) => t.toLowerCase())),
      price: z
        .object({
          minCents: cents,
          maxCents: cents,
          currency: z
            .string()
            .regex(/^[A-Za-z]{3}$/, "Use an ISO 4217 currency code such as EUR.")
            .nullish()
            .transform((v) => v?.toUpperCase() ?? null),
        })
        .nullish()
        .refine((p) => p?.minCents == null || p.maxCents == null || p.minCents <= p.maxCents, {
          message: "The lowest price must not exceed the highest.",
          path: ["maxCents"],
        }),
      freeOnly: z.boolean().nullish(),
      instructorId: z.uuid("Unknown instructor id.").nullish(),
      hasCertificate: z.boolean().nullish(),
    })
    .nullish(),
});

/**
 * Turns the `courses` arguments into a CourseSearch. Bad values are the client's mistake in a
 * query (no payload to carry userErrors), so they are BAD_USER_INPUT errors naming the argument.
 */
export function parseCourseSearch(query: unknown, filter: unknown): CourseSearch {
  const parsed = searchSchema.safeParse({ query, filter });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badUserInput(issue.message, issue.path.map(String).join("."));
  }
  const f = parsed.data.filter;
  return {
    query: parsed.data.query,
    categories: f?.category ?? [],
    subcategories: f?.subcategory ?? [],
    levels: f?.level ?? [],
    formats: f?.format ?? [],
    languages: f?.language ?? [],
    tags: f?.tags ?? [],
    minPriceCents: f?.price?.minCents ?? null,
    maxPriceCents: f?.price?.maxCents ?? null,
    currency: f?.price?.currency ?? null,
    freeOnly: f?.freeOnly ?? false,
    instructorId: f?.instructorId ?? null,
    hasCertificate: f?.hasCertificate ?? null,
  };
}

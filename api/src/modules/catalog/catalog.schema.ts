// Zod building blocks shared by the catalog's input schemas (parseInput turns issues into userErrors).
import { z } from "zod";

/** Trimmed text of 1..max characters; `label` names it in messages. */
export const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} must be at most ${max} characters.`);

/** Optional text: empty means "clear it" (null). */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v ? v : null));

/** An http(s) URL; the URL scalar hands over URL objects. */
export const httpUrl = z.preprocess(
  (v) => (v instanceof URL ? v.toString() : v),
  z.url({ protocol: /^https?$/, message: "Use an http or https URL." }),
);

/** A list of short words, trimmed and de-duplicated. */
export const wordList = (label: string, maxItems = 20, lowercase = false) =>
  z
    .array(
      z.string().trim().min(1, `${label} must not be empty.`).max(50, `${label} are at most 50 characters.`),
    )
    .max(maxItems, `At most ${maxItems} ${label.toLowerCase()}.`)
    .transform((v) => [...new Set(lowercase ? v.map((w) => w.toLowerCase()) : v)]);

/** A whole number ≥ 0 (positions, minutes, cents…). */
export const wholeNumber = (label: string, max = 1_000_000_000) =>
  z
    .number()
    .int(`${label} must be a whole number.`)
    .refine((v) => v >= 0, `${label} must not be negative.`)
    .refine((v) => v <= max, `${label} must be at most ${max}.`);

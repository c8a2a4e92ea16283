import { z } from "zod";
import { fromGlobalIdOf } from "../graphql/global-id.js";

/**
 * A zod schema for a Relay global id of `type`, decoded to its uuid; anything
 * else (malformed, or an id of another type) is an INVALID user error on the field.
 */
export const globalIdOf = (type: string, label = type) =>
  z.string().transform((value, ctx) => {
    const id = fromGlobalIdOf(type, value);
    if (!id) {
      ctx.addIssue({ code: "custom", message: `Not a valid ${label} id.` });
      return z.NEVER;
    }
    return id;
  });

/** Trimmed text between 1 and `max` characters. */
export const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} must be at most ${max} characters.`);

/** ISO 4217 code, stored uppercase. */
export const currencyCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, "Currency must be a 3-letter ISO 4217 code.")
  .transform((v) => v.toUpperCase());

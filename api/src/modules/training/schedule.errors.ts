import { classifyDatabaseError } from "../../db/errors.js";
import { type UserError, UserErrorCode, userError } from "../../graphql/user-error.js";

export const SCHEDULE_OVERLAP_CONSTRAINT = "course_schedules_no_overlap_per_venue";

/**
 * The database, not a read-then-write check, guarantees that schedules at one
 * venue never overlap (exclusion constraint); this turns its violation into
 * the userErrors entry clients get. Null for any other error.
 */
export function scheduleOverlapUserError(error: unknown): UserError | null {
  const classified = classifyDatabaseError(error);
  if (classified?.kind !== "exclusion" || classified.constraint !== SCHEDULE_OVERLAP_CONSTRAINT) return null;
  return userError(
    UserErrorCode.CONFLICT,
    "The venue already has a schedule at that time. Pick another time or venue.",
    "startsAt",
  );
}

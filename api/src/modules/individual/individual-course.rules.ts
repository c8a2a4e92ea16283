// Pure rules of individual courses, unit-tested in individual-course.rules.test.ts.
import { z } from "zod";

export type IndividualCourseStatus =
  | "INQUIRY"
  | "QUOTED"
  | "CONFIRMED"
  | "IN_PROGRESS"
  | "COMPLETED"
  | "CANCELLED";

/** Seed 000 lifecycle: only these moves are legal; COMPLETED and CANCELLED are final. */
const nextStatuses: Record<IndividualCourseStatus, IndividualCourseStatus[]> = {
  INQUIRY: ["QUOTED", "CANCELLED"],
  QUOTED: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: ["IN_PROGRESS", "CANCELLED"],
  IN_PROGRESS: ["COMPLETED", "CANCELLED"],
  COMPLETED: [],
  CANCELLED: [],
};

export const canMoveCourse = (from: IndividualCourseStatus, to: IndividualCourseStatus) =>
  nextStatuses[from].includes(to);

/** A message for an illegal move, or null when it is legal. */
export function courseTransitionError(
  from: IndividualCourseStatus,
  to: IndividualCourseStatus,
): string | null {
  if (canMoveCourse(from, to)) return null;
  const allowed = nextStatuses[from];
  return allowed.length === 0
    ? `The course is ${from.toLowerCase()} and can no longer change.`
    : `A course that is ${from.toLowerCase()} can only become ${allowed.map((s) => s.toLowerCase()).join(" or ")}.`;
}

/** Quotes can be written while the course is still being negotiated. */
export const acceptsQuotes = (status: IndividualCourseStatus) => status === "INQUIRY" || status === "QUOTED";

/** Sessions are scheduled once the course is confirmed and until it ends. */
export const acceptsSessions = (status: IndividualCourseStatus) =>
  status === "CONFIRMED" || status === "IN_PROGRESS";

/**
 * Seed 000 custom_curriculum ("customised lesson plan as JSON"): an ordered list of
 * modules with their topics and planned hours, so reports and clients can read it.
 */
export const curriculumSchema = z
  .array(
    z.object({
      title: z.string().trim().min(1, "Module title is required.").max(200),
      topics: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
      hours: z.number().positive().max(200).optional(),
      objectives: z.string().trim().max(2000).optional(),
    }),
  )
  .max(50, "A curriculum has at most 50 modules.");

export type Curriculum = z.infer<typeof curriculumSchema>;

/** Confirmed schedule (seed 000 actual_schedule): planned sessions as weekday/time slots. */
export const confirmedScheduleSchema = z
  .array(
    z.object({
      weekday: z.enum(["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]),
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Time must be HH:MM."),
      durationMinutes: z.number().int().min(15).max(480),
    }),
  )
  .max(14);

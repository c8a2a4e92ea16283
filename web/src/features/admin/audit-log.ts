import type { AuditLogFilter } from "../../gql/graphql";
import { fromLocalInput } from "./local-date-time";

/** Actions the API records, offered as suggestions (any other text is sent as typed). */
export const KNOWN_ACTIONS = [
  "api_key.create",
  "api_key.revoke",
  "booking.cancel",
  "booking.capture",
  "booking.refund",
  "course.update",
  "course_discussion.delete",
  "course_review.delete",
  "course_schedule.cancel",
  "course_schedule.create",
  "discount_code.create",
  "discount_code.delete",
  "discount_code.update",
  "expert.reject",
  "expert.verify",
  "instructor_application.approve",
  "instructor_application.reject",
  "resource.create",
  "user.delete",
  "user.delete_self",
  "user.set_roles",
  "venue.create",
  "venue.update",
];

/** The filter form as typed; dates are whole local days, both ends included. */
export type AuditFilterValues = {
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
};

export const NO_FILTER: AuditFilterValues = {
  actorId: "",
  action: "",
  entityType: "",
  entityId: "",
  from: "",
  to: "",
};

/** The API filter of the form's values, or the field that is wrong (an adminOperations.errors key). */
export function auditLogFilter(
  values: AuditFilterValues,
): { filter: AuditLogFilter } | { field: "from" | "to"; error: "date" | "endBeforeStart" } {
  const from = values.from ? fromLocalInput(values.from) : null;
  if (values.from && !from) return { field: "from", error: "date" };
  const lastDay = values.to ? fromLocalInput(values.to) : null;
  if (values.to && !lastDay) return { field: "to", error: "date" };
  if (from && lastDay && lastDay < from) return { field: "to", error: "endBeforeStart" };
  // The API's `to` is exclusive: the day after the last day asked for, at midnight.
  const to = lastDay ? new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate() + 1) : null;
  const text = (value: string) => value.trim() || null;
  return {
    filter: {
      actorId: text(values.actorId),
      action: text(values.action),
      entityType: text(values.entityType),
      entityId: text(values.entityId),
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
    },
  };
}

export type Change = { key: string; before: unknown; after: unknown; changed: boolean };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The values before and after, key by key, in the order they were recorded; null when either is not an object. */
export function changesOf(oldValues: unknown, newValues: unknown): Change[] | null {
  if ((oldValues != null && !isRecord(oldValues)) || (newValues != null && !isRecord(newValues))) return null;
  const before = (oldValues ?? {}) as Record<string, unknown>;
  const after = (newValues ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.map((key) => ({
    key,
    before: before[key],
    after: after[key],
    changed: JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  }));
}

/** A recorded value as text: strings as they are, the rest as JSON; "—" for nothing. */
export function shownValue(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 2);
}

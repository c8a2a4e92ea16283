// The JSON columns of an individual course, read defensively: the API validates what it writes
// now ({ weekday, time, durationMinutes } and { title, topics, hours, objectives }), but courses
// imported from BridgeFacile keep their older shapes: a dated list of the sessions themselves
// ({ session, date }, shown by the sessions list instead) and { week, topic } modules.

export const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type ScheduleEntry = { weekday: Weekday; time: string; durationMinutes: number | null };

export type CurriculumModule = {
  title: string;
  week: number | null;
  topics: string[];
  hours: number | null;
  objectives: string | null;
};

const record = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() ? value.trim() : null;
const count = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null;
const isWeekday = (value: unknown): value is Weekday => WEEKDAYS.includes(value as Weekday);

/** The confirmed weekly slots; anything else (older shapes, unreadable entries) is left out. */
export function readSchedule(value: unknown): ScheduleEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): ScheduleEntry[] => {
    const entry = record(item);
    if (!entry) return [];
    const time = text(entry.time);
    if (isWeekday(entry.weekday) && time && /^\d{2}:\d{2}$/.test(time)) {
      return [{ weekday: entry.weekday, time, durationMinutes: count(entry.durationMinutes) }];
    }
    return [];
  });
}

/** The custom curriculum's modules in order; entries without a title or topic are left out. */
export function readCurriculum(value: unknown): CurriculumModule[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): CurriculumModule[] => {
    const entry = record(item);
    const title = entry ? (text(entry.title) ?? text(entry.topic)) : null;
    if (!entry || !title) return [];
    const topics = Array.isArray(entry.topics) ? entry.topics.flatMap((t) => text(t) ?? []) : [];
    return [
      {
        title,
        week: count(entry.week),
        topics,
        hours: count(entry.hours),
        objectives: text(entry.objectives),
      },
    ];
  });
}

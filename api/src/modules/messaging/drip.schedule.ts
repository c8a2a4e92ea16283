// When the next drip email is due: at the course's delivery time, in the
// subscriber's IANA zone, on a day the schedule allows. Computed with luxon in
// local wall-clock terms so DST changes keep 09:00 at 09:00 (a missing local
// time in a spring-forward gap moves to the first valid instant after it).
import { DateTime } from "luxon";

export type DeliverySchedule = "DAILY" | "WEEKDAYS" | "WEEKLY";

export interface DripTiming {
  schedule: DeliverySchedule;
  /** Minutes after local midnight. */
  deliveryTimeMinutes: number;
  timeZone: string;
}

const atDeliveryTime = (day: DateTime, minutes: number) =>
  DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    { zone: day.zone },
  );

/**
 * The first delivery instant strictly after `after`. For WEEKLY, `previous`
 * (the last send) makes the next one fall 7 local days later.
 */
export function nextDeliveryAt(timing: DripTiming, after: Date, previous?: Date | null): Date {
  const zone = timing.timeZone;
  let day = DateTime.fromJSDate(after, { zone }).startOf("day");
  if (timing.schedule === "WEEKLY" && previous) {
    const weekLater = DateTime.fromJSDate(previous, { zone }).startOf("day").plus({ days: 7 });
    if (weekLater > day) day = weekLater;
  }
  for (let i = 0; i < 14; i += 1, day = day.plus({ days: 1 })) {
    if (timing.schedule === "WEEKDAYS" && day.weekday > 5) continue;
    const candidate = atDeliveryTime(day, timing.deliveryTimeMinutes);
    if (candidate.toMillis() > after.getTime()) return candidate.toJSDate();
  }
  throw new Error("no delivery day within two weeks");
}

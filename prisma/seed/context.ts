// What every domain seeder receives. Relative dates hang off `today` (UTC midnight of the seeding
// instant) so the demo always looks current: past classes are completed, future ones bookable.
import type { PrismaClient } from "../../api/src/generated/prisma/client.js";
import { DAY_MS, HOUR_MS, MINUTE_MS, startOfUtcDay } from "./time.js";

export type SeedLog = (message: string) => void;

export interface SeedContext {
  prisma: PrismaClient;
  log: SeedLog;
  /** The seeding instant (options.now, else the clock). */
  now: Date;
  /** UTC midnight of `now`. */
  today: Date;
  /** One argon2id hash of the shared demo password, reused for every demo user. */
  passwordHash: string;
  /** `today` + `days`, at hh:mm UTC. */
  day(days: number, hour?: number, minute?: number): Date;
}

export function createContext(
  prisma: PrismaClient,
  options: { log: SeedLog; now: Date; passwordHash: string },
): SeedContext {
  const today = startOfUtcDay(options.now);
  return {
    prisma,
    log: options.log,
    now: options.now,
    today,
    passwordHash: options.passwordHash,
    day: (days, hour = 0, minute = 0) =>
      new Date(today.getTime() + days * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS),
  };
}

/** createdAt/updatedAt pair for a row written once at `at`. */
export function stamps(at: Date): { createdAt: Date; updatedAt: Date } {
  return { createdAt: at, updatedAt: at };
}

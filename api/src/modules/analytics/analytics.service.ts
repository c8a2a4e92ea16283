import { z } from "zod";
import type { RateLimiter } from "../../auth/rate-limit.js";
import type { CampusPrisma } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { rateLimited } from "../../graphql/errors.js";
import { parseInput } from "../../lib/validation.js";
import { truncateIp } from "./ip-truncation.js";

export const MAX_EVENTS_PER_BATCH = 100;

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).nullish();

const eventSchema = z.object({
  eventType: z.string().trim().min(1, "Event type is required.").max(50, "At most 50 characters."),
  sessionId: optionalText(100),
  pageUrl: optionalText(2000),
  referrerUrl: optionalText(2000),
  eventData: z
    .record(z.string(), z.unknown())
    .nullish()
    .refine((d) => d == null || JSON.stringify(d).length <= 8000, "Event data must be at most 8 kB of JSON."),
  deviceType: z
    .enum(["desktop", "mobile", "tablet"], "Device type must be desktop, mobile or tablet.")
    .nullish(),
  browser: optionalText(50),
});

const batchSchema = z.object({
  events: z
    .array(eventSchema)
    .min(1, "Send at least one event.")
    .max(MAX_EVENTS_PER_BATCH, `At most ${MAX_EVENTS_PER_BATCH} events per call.`),
});

/** Seed 004 analytics events sent by the web and partner apps, in batches. */
export class AnalyticsService {
  private readonly perIp: RateLimiter;

  constructor(
    private readonly deps: {
      prisma: CampusPrisma;
      limiter: (name: string, points: number, seconds: number) => RateLimiter;
    },
  ) {
    // Batches, so a generous call rate: one page view rarely needs more than one call.
    this.perIp = deps.limiter("track-events-ip", 120, 60);
  }

  async track(
    input: unknown,
    meta: { ip: string; userAgent: string | null; userId: string | null },
  ): Promise<{ acceptedCount: number }> {
    const { events } = parseInput(batchSchema, input);
    const wait = await this.perIp.consume(meta.ip);
    if (wait) throw rateLimited(wait);
    // The address is truncated here, before anything is stored.
    const ipAddress = truncateIp(meta.ip);
    const { count } = await this.deps.prisma.analyticsEvent.createMany({
      data: events.map((e) => ({
        eventType: e.eventType,
        userId: meta.userId,
        sessionId: e.sessionId ?? null,
        pageUrl: e.pageUrl ?? null,
        referrerUrl: e.referrerUrl ?? null,
        eventData: (e.eventData ?? {}) as Prisma.InputJsonObject,
        ipAddress,
        userAgent: meta.userAgent?.slice(0, 500) ?? null,
        deviceType: e.deviceType ?? null,
        browser: e.browser ?? null,
      })),
    });
    return { acceptedCount: count };
  }
}

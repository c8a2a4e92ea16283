import { createRateLimitStore, type RateLimitStore } from "./auth/rate-limit.js";
import type { Config } from "./config.js";
import type { CampusPrisma } from "./db/client.js";
import { createDatabase, type Database } from "./db/runtime.js";
import type { Logger } from "./logger.js";
import { scheduleBookingReminders } from "./modules/booking/booking-reminders.job.js";
import { schedulePaymentExpiry } from "./modules/commerce/payment-expiry.job.js";
import { scheduleQuoteExpiry } from "./modules/individual/quote-expiry.job.js";
import { scheduleMessagingJobs } from "./modules/messaging/messaging.jobs.js";
import { scheduleSlotHorizon } from "./modules/tutoring/slot-horizon.job.js";
import { type CampusPubSub, createCampusPubSub } from "./realtime/pubsub.js";
import { createServices, type Services } from "./services.js";

/** Process-wide dependencies, built once at start-up and shared by every request. */
export interface AppDeps {
  config: Config;
  prisma: CampusPrisma;
  pubsub: CampusPubSub;
  rateLimits: RateLimitStore;
  services: Services;
}

export interface App extends AppDeps {
  logger: Logger;
  database: Database;
  close(): Promise<void>;
}

export async function createApp(config: Config, logger: Logger): Promise<App> {
  const database = await createDatabase(config, logger);
  const pubsub = createCampusPubSub(config.redisUrl, logger);
  const rateLimits = createRateLimitStore(config.redisUrl);
  const prisma = database.prisma;
  const services = createServices({ config, prisma, pubsub, rateLimits, logger });
  // Periodic work runs in every replica; the jobs' advisory locks let one at a time do it.
  const stopSlotHorizon = config.backgroundJobs
    ? scheduleSlotHorizon({
        prisma,
        pubsub,
        logger,
        horizon: { slotHorizonWeeks: config.tutoring.slotHorizonWeeks },
      })
    : () => {};
  const stopQuoteExpiry = config.backgroundJobs ? scheduleQuoteExpiry({ prisma, logger }) : () => {};
  const stopMessaging = config.backgroundJobs
    ? scheduleMessagingJobs({
        prisma,
        logger,
        emailWorker: services.emailWorker,
        publicUrl: config.publicUrl,
        trackingSecret: config.jwt.secret,
      })
    : () => {};
  const stopPaymentExpiry = config.backgroundJobs ? schedulePaymentExpiry(services.lapses) : () => {};
  const stopReminders = config.backgroundJobs ? scheduleBookingReminders({ prisma, logger }) : () => {};
  const stopJobs = () => {
    stopReminders();
    stopPaymentExpiry();
    stopSlotHorizon();
    stopQuoteExpiry();
    stopMessaging();
  };
  return {
    config,
    logger,
    database,
    prisma,
    pubsub,
    rateLimits,
    services,
    async close() {
      stopJobs();
      await Promise.allSettled([pubsub.close(), rateLimits.close()]);
      await database.close();
    },
  };
}

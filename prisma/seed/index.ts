// Demo data for every domain. Idempotent: ids are derived from stable names (ids.ts) and rows
// are inserted with createMany({ skipDuplicates }), so a second run inserts nothing, and the
// denormalized counters are recomputed from the rows (counters.ts) only where they differ.
import { hashPassword } from "../../api/src/auth/passwords.js";
import type { PrismaClient } from "../../api/src/generated/prisma/client.js";
import { seedAssessment } from "./assessment.js";
import { seedAudit } from "./audit.js";
import { seedBookings } from "./booking.js";
import { seedCatalog } from "./catalog.js";
import { seedDiscountCodes, seedPurchases } from "./commerce.js";
import { seedCommunity } from "./community.js";
import { createContext, type SeedContext, type SeedLog } from "./context.js";
import { recomputeCounters } from "./counters.js";
import { DEMO_QUOTE_TOKEN } from "./data/individual.js";
import { DEMO_PASSWORD, people } from "./data/people.js";
import { seedIdentity } from "./identity.js";
import { seedIndividual } from "./individual.js";
import { seedLearning } from "./learning.js";
import { seedLive } from "./live.js";
import { seedMessaging } from "./messaging.js";
import { seedOfflineIntents } from "./offline-intents.js";
import { countRows, type ModelCounts } from "./summary.js";
import { seedTraining } from "./training.js";
import { seedTutoring } from "./tutoring.js";

export type DemoLogin = { email: string; roles: string[]; description: string };

export type SeedSummary = {
  /** The one password of every demo login. */
  password: string;
  logins: DemoLogin[];
  /** Secret of the anonymous quote link (the quote is the one with status SENT). */
  quoteLinkToken: string;
  /** Rows per model after seeding (whole tables, not only seeded rows). */
  counts: ModelCounts;
  /** Counter rows corrected by the recomputation (all zero on a re-run). */
  countersFixed: Record<string, number>;
  durationMs: number;
};

export type SeedOptions = { log?: SeedLog; now?: Date };

// Order matters only for foreign keys: each step references rows of the steps before it.
const steps: ReadonlyArray<readonly [string, (ctx: SeedContext) => Promise<void>]> = [
  ["identity", seedIdentity],
  ["catalog", seedCatalog],
  ["catalog community", seedCommunity],
  ["discount codes", seedDiscountCodes],
  ["learning", seedLearning],
  ["assessments", seedAssessment],
  ["live sessions", seedLive],
  ["tutoring", seedTutoring],
  ["training", seedTraining],
  ["bookings", seedBookings],
  ["purchases and subscriptions", seedPurchases],
  ["individual courses", seedIndividual],
  ["offline payment intents", seedOfflineIntents],
  ["messaging", seedMessaging],
  ["audit", seedAudit],
];

export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const ctx = createContext(prisma, {
    log,
    now: options.now ?? new Date(),
    // Hashed once: argon2id is deliberately slow, and every demo user shares the password.
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  for (const [label, step] of steps) {
    log(`seeding ${label}`);
    await step(ctx);
  }
  log("recomputing counters");
  const countersFixed = await recomputeCounters(prisma);
  const counts = await countRows(prisma);
  return {
    password: DEMO_PASSWORD,
    logins: Object.values(people)
      .filter((p) => !("deactivated" in p))
      .map((p) => ({ email: p.email, roles: [...p.roles], description: p.demo })),
    quoteLinkToken: DEMO_QUOTE_TOKEN,
    counts,
    countersFixed,
    durationMs: Date.now() - started,
  };
}

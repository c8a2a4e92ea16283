import { Redis } from "ioredis";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";

export interface RateLimiter {
  /** Consumes one point; resolves to the seconds to wait when the limit is hit, or 0. */
  consume(key: string): Promise<number>;
  reset(key: string): Promise<void>;
}

/** Outcome of spending points from a budget (GitHub-style query cost points). */
export interface BudgetSpend {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetAt: Date;
}

export interface CostBudget {
  /** Spends `points` when they fit in what is left of the window; a refused spend costs nothing. */
  spend(key: string, points: number): Promise<BudgetSpend>;
}

export interface RateLimitStore {
  limiter(name: string, points: number, durationSeconds: number): RateLimiter;
  budget(name: string, points: number, durationSeconds: number): CostBudget;
  close(): Promise<void>;
}

/**
 * Counters live in Redis when REDIS_URL is set (shared by every replica),
 * in process memory otherwise.
 */
export function createRateLimitStore(redisUrl: string | undefined): RateLimitStore {
  const redis = redisUrl
    ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : undefined;
  redis?.on("error", () => {
    // Connection errors are handled by the in-memory insurance limiter below.
  });
  const create = (name: string, points: number, durationSeconds: number): RateLimiterAbstract => {
    const base = { keyPrefix: `campus:rl:${name}`, points, duration: durationSeconds };
    return redis
      ? new RateLimiterRedis({ ...base, storeClient: redis, insuranceLimiter: new RateLimiterMemory(base) })
      : new RateLimiterMemory(base);
  };
  return {
    budget(name, points, durationSeconds) {
      const impl = create(name, points, durationSeconds);
      const report = (res: RateLimiterRes | null, allowed: boolean): BudgetSpend => ({
        allowed,
        limit: points,
        remaining: Math.max(0, res ? points - res.consumedPoints : points),
        // Whole seconds: the window's end read twice differs by a millisecond or two.
        resetAt: new Date(
          Math.ceil((Date.now() + (res?.msBeforeNext ?? durationSeconds * 1000)) / 1000) * 1000,
        ),
      });
      return {
        async spend(key, cost) {
          if (cost <= 0) return report(await impl.get(key), true);
          try {
            return report(await impl.consume(key, cost), true);
          } catch (result) {
            if (!(result instanceof RateLimiterRes)) throw result;
            // The counter took the points before refusing; give them back so only work done counts.
            const refunded = await impl.reward(key, cost).catch(() => result);
            return report(refunded, false);
          }
        },
      };
    },
    limiter(name, points, durationSeconds) {
      const impl = create(name, points, durationSeconds);
      return {
        async consume(key) {
          try {
            await impl.consume(key);
            return 0;
          } catch (result) {
            if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
            throw result;
          }
        },
        async reset(key) {
          await impl.delete(key);
        },
      };
    },
    async close() {
      await redis?.quit().catch(() => undefined);
    },
  };
}

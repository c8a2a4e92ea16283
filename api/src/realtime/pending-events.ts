import type { CampusPubSub } from "./pubsub.js";

/**
 * Events a service collects while its transaction runs and publishes only
 * after the commit: a subscriber must never hear of a change that was rolled back.
 * Payloads are plain JSON (they cross Redis), ids rather than rows.
 */
export class PendingEvents {
  private readonly events: { topic: string; payload: object }[] = [];

  add(topic: string, payload: object): this {
    this.events.push({ topic, payload });
    return this;
  }

  addAll(other: PendingEvents): this {
    this.events.push(...other.events);
    return this;
  }

  /** Publishing never throws into the request: with Redis down, ioredis queues until it is back. */
  publish(pubsub: CampusPubSub): void {
    for (const { topic, payload } of this.events) {
      try {
        pubsub.publish(topic, payload);
      } catch {
        // Best effort: the database is the source of truth; clients re-query on reconnect.
      }
    }
    this.events.length = 0;
  }
}

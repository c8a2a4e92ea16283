// A graphql-ws client for subscription tests: collects events, waits for the next one.
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  /** Resolves with the next event not yet taken, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  /** Waits `ms` and returns the events that arrived meanwhile (to prove none did). */
  during(ms: number): Promise<T[]>;
  stop(): void;
}

export function wsClient(url: string, token?: string): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
  });
}

export function subscribe<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  let taken = 0;
  let wake: (() => void) | undefined;
  const stop = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        const value = result.data ? Object.values(result.data)[0] : undefined;
        if (value !== undefined) events.push(value as T);
        wake?.();
      },
      error: (error) => {
        errors.push(error);
        wake?.();
      },
      complete: () => {},
    },
  );
  return {
    events,
    errors,
    async next(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (events.length <= taken) {
        if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.min(left, 100));
        });
      }
      taken += 1;
      return events[taken - 1] as T;
    },
    async during(ms) {
      const before = events.length;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return events.slice(before);
    },
    stop,
  };
}

export const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

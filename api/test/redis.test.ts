import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./server.js";

// Two API instances sharing one Redis (REDIS_URL), as two replicas would:
// events published on one reach subscribers on the other, and login rate
// limits count attempts made on either.

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const env = {
  REDIS_URL,
  LOGIN_RATE_LIMIT_PER_EMAIL: "3",
  LOGIN_RATE_LIMIT_PER_IP: "100000",
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: "60",
};

let a: TestServer;
let b: TestServer;
const email = `redis-${randomUUID()}@campus.test`;

beforeAll(async () => {
  [a, b] = await Promise.all([startTestServer(env), startTestServer(env)]);
});
afterAll(async () => {
  // Closing quits the Redis clients; a client left open would keep this hook waiting.
  await Promise.all([a?.close(), b?.close()]);
  const redis = new Redis(REDIS_URL);
  await redis.del(`campus:rl:login-email:${email}`);
  await redis.quit();
});

it("delivers an event published on one instance to a subscriber on the other", async () => {
  const topic = `TEST_${randomUUID()}`;
  const events = b.app.pubsub.subscribe(topic)[Symbol.asyncIterator]();
  const received = events.next();
  let delivered = false;
  void received.then(() => {
    delivered = true;
  });
  // Redis SUBSCRIBE is asynchronous: publish until the subscription is live.
  const deadline = Date.now() + 5_000;
  while (!delivered && Date.now() < deadline) {
    a.app.pubsub.publish(topic, { bookingId: "b-1", status: "CONFIRMED" });
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(delivered).toBe(true);
  expect(await received).toEqual({ done: false, value: { bookingId: "b-1", status: "CONFIRMED" } });
  await events.return?.();
});

it("shares the login rate limit between instances", async () => {
  const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { userErrors { code } } }`;
  const attempt = (server: TestServer) =>
    server.gql(LOG_IN, { input: { email, password: "wrong-password" } });
  // Three attempts spread over both instances use up the limit of 3 …
  for (const server of [a, b, a]) {
    const res = await attempt(server);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ logIn: { userErrors: [{ code: "INVALID_CREDENTIALS" }] } });
  }
  // … so the second attempt on b is refused, though b alone has seen only one.
  const refused = await attempt(b);
  expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
  expect(refused.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
  expect(refused.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(60);
});

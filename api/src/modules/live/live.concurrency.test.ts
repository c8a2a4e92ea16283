import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInstructor, gid, tokenFor } from "../../../test/catalog-factories.js";
import { createUser } from "../../../test/factories.js";
import { createLiveSession } from "../../../test/learning-factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("joinLiveSession under concurrency", () => {
  it("gives exactly 10 places to 100 people joining at once, and never two to one person", async () => {
    const p = server.app.prisma;
    const session = await createLiveSession(p, (await createInstructor(p)).id, { maxParticipants: 10 });
    const people = await Promise.all(Array.from({ length: 100 }, () => createUser(p)));
    const JOIN = `mutation ($input: LiveSessionRefInput!) { joinLiveSession(input: $input) { liveSession { id } userErrors { code } } }`;
    const input = { liveSessionId: gid("LiveSession", session.id) };
    type Joined = { joinLiveSession: { liveSession: { id: string } | null; userErrors: { code: string }[] } };
    // Each person also tries twice at once: the second attempt must never take a second place.
    const tokens = people.flatMap((u) => [tokenFor(server.app.config, u), tokenFor(server.app.config, u)]);
    const results = await Promise.all(tokens.map((token) => server.gql<Joined>(JOIN, { input }, { token })));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const won = results.filter((r) => r.data!.joinLiveSession.liveSession !== null);
    expect(won).toHaveLength(10);
    const codes = new Set(results.flatMap((r) => r.data!.joinLiveSession.userErrors.map((e) => e.code)));
    expect([...codes].every((c) => c === "UNAVAILABLE" || c === "TAKEN")).toBe(true);
    const rows = await p.sessionParticipant.findMany({ where: { liveSessionId: session.id } });
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.userId)).size).toBe(10);
  });
});

import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInstructor, gid, tokenFor } from "../../../test/catalog-factories.js";
import { createLiveSession, freeCourse, signedIn } from "../../../test/learning-factories.js";
import { settle, subscribe, wsClient } from "../../../test/realtime.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
const clients: Client[] = [];
const client = (token?: string) => {
  const c = wsClient(server.wsUrl, token);
  clients.push(c);
  return c;
};
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server?.close();
});

const UPDATED = `subscription ($id: ID!) { liveSessionUpdated(id: $id) { id status participantCount } }`;
type Update = { id: string; status: string; participantCount: number };

describe("liveSessionUpdated", () => {
  it("tells subscribers about joins and status changes, after they commit", async () => {
    const p = server.app.prisma;
    const owner = await createInstructor(p);
    const session = await createLiveSession(p, owner.id);
    const id = gid("LiveSession", session.id);
    const watcher = subscribe<Update>(client(), UPDATED, { id });
    await settle();
    const ann = await signedIn(server);
    await server.gql(
      `mutation ($input: LiveSessionRefInput!) { joinLiveSession(input: $input) { userErrors { code } } }`,
      { input: { liveSessionId: id } },
      { token: ann.token },
    );
    expect(await watcher.next()).toEqual({ id, status: "SCHEDULED", participantCount: 1 });
    await server.gql(
      `mutation ($input: UpdateLiveSessionStatusInput!) { updateLiveSessionStatus(input: $input) { userErrors { code } } }`,
      { input: { liveSessionId: id, status: "LIVE" } },
      { token: tokenFor(server.app.config, owner) },
    );
    expect(await watcher.next()).toEqual({ id, status: "LIVE", participantCount: 1 });
    // A refused transition publishes nothing.
    await server.gql(
      `mutation ($input: UpdateLiveSessionStatusInput!) { updateLiveSessionStatus(input: $input) { userErrors { code } } }`,
      { input: { liveSessionId: id, status: "SCHEDULED" } },
      { token: tokenFor(server.app.config, owner) },
    );
    expect(await watcher.during(300)).toEqual([]);
  });

  it("refuses to subscribe to a session hidden from the viewer", async () => {
    const { course, instructor } = await freeCourse(server, [1], { status: "DRAFT" });
    const session = await createLiveSession(server.app.prisma, instructor.id, { courseId: course.id });
    const outsider = await signedIn(server);
    const sub = subscribe<Update>(client(outsider.token), UPDATED, { id: gid("LiveSession", session.id) });
    await settle();
    expect(JSON.stringify(sub.errors)).toContain("NOT_FOUND");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createExpert,
  createSlot,
  createTutoringSession,
  DAY,
  gid,
  person,
} from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const LIST = `query ($unreadOnly: Boolean) {
  notifications(unreadOnly: $unreadOnly) { totalCount nodes { id type title description read metadata } }
  unreadNotificationCount
}`;
const MARK = `mutation ($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) { notifications { id read } markedCount unreadCount userErrors { field code } }
}`;
type List = {
  notifications: {
    totalCount: number;
    nodes: { id: string; type: string; title: string; read: boolean; metadata: { reference: string } }[];
  };
  unreadNotificationCount: number;
};
type Mark = {
  markNotificationsRead: {
    notifications: { id: string; read: boolean }[];
    markedCount: number;
    unreadCount: number;
    userErrors: { code: string }[];
  };
};

describe("notifications", () => {
  it("are created for booking events, listed newest first, counted and marked read by their owner only", async () => {
    const prisma = server.app.prisma;
    const expert = await createExpert(server);
    const session = await createTutoringSession(prisma, expert.profile.id, { priceCents: 0 });
    const learner = await person(server);
    for (const offset of [2, 3]) {
      const slot = await createSlot(prisma, session, new Date(Date.now() + offset * DAY));
      const res = await server.gql<{ bookSlot: { userErrors: unknown[] } }>(
        `mutation ($input: BookSlotInput!) { bookSlot(input: $input) { userErrors { code } } }`,
        { input: { slotId: gid("BookableSlot", slot.id) } },
        { token: learner.token },
      );
      expect(res.data!.bookSlot.userErrors).toEqual([]);
    }
    const mine = await server.gql<List>(LIST, {}, { token: learner.token });
    expect(mine.data!.unreadNotificationCount).toBe(2);
    expect(mine.data!.notifications.nodes.map((n) => [n.type, n.title, n.read])).toEqual([
      ["BOOKING", "Booking confirmed", false],
      ["BOOKING", "Booking confirmed", false],
    ]);
    expect(mine.data!.notifications.nodes[0]!.metadata.reference).toMatch(/^BK-/);
    const expertView = await server.gql<List>(LIST, {}, { token: expert.token });
    expect(expertView.data!.notifications.nodes.map((n) => n.title)).toEqual(["New booking", "New booking"]);

    // Someone else's id is ignored, not revealed.
    const [first, second] = mine.data!.notifications.nodes;
    const stranger = await person(server);
    const foreign = await server.gql<Mark>(MARK, { input: { ids: [first!.id] } }, { token: stranger.token });
    expect(foreign.data!.markNotificationsRead.userErrors[0]?.code).toBe("NOT_FOUND");
    const node = await server.gql(
      `query ($id: ID!) { node(id: $id) { id } }`,
      { id: first!.id },
      { token: stranger.token },
    );
    expect(node.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const one = await server.gql<Mark>(MARK, { input: { ids: [first!.id] } }, { token: learner.token });
    expect(one.data!.markNotificationsRead).toMatchObject({
      markedCount: 1,
      unreadCount: 1,
      notifications: [{ id: first!.id, read: true }],
    });
    const unread = await server.gql<List>(LIST, { unreadOnly: true }, { token: learner.token });
    expect(unread.data!.notifications.nodes.map((n) => n.id)).toEqual([second!.id]);
    const all = await server.gql<Mark>(MARK, { input: { all: true } }, { token: learner.token });
    expect(all.data!.markNotificationsRead).toMatchObject({ markedCount: 1, unreadCount: 0 });
    const neither = await server.gql<Mark>(MARK, { input: {} }, { token: learner.token });
    expect(neither.data!.markNotificationsRead.userErrors[0]?.code).toBe("INVALID");
    expect((await server.gql(LIST)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

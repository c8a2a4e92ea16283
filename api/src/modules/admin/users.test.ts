import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type Person, person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

const USERS = `query ($filter: UserFilter, $first: Int) {
  users(filter: $filter, first: $first) { totalCount nodes { id email roles deactivatedAt } }
}`;
const SET_ROLES = `mutation ($input: SetUserRolesInput!) {
  setUserRoles(input: $input) { user { id roles } userErrors { field code message } }
}`;
const DEACTIVATE = `mutation ($input: DeactivateUserInput!) {
  deactivateUser(input: $input) { user { id deactivatedAt } userErrors { field code } }
}`;
const REACTIVATE = `mutation ($input: ReactivateUserInput!) {
  reactivateUser(input: $input) { user { id deactivatedAt } userErrors { field code } }
}`;
const AUDIT = `query ($filter: AuditLogFilter) {
  auditLogs(filter: $filter, first: 50) { totalCount nodes { action entityType entityId oldValues newValues actor { id } } }
}`;
const NOTIFICATIONS = "subscription { notificationAdded { id } }";

interface UserRow {
  id: string;
  email: string | null;
  roles: string[];
  deactivatedAt: string | null;
}

let server: TestServer;
let admin: Person;

beforeAll(async () => {
  server = await startTestServer({ REDIS_URL: "redis://127.0.0.1:6379" });
  admin = await person(server, ["ADMIN"], "Root");
});
afterAll(() => server?.close());

/** Opens a subscription and resolves with a function waiting for the socket's close code. */
async function openSubscription(url: string, token: string) {
  const client: Client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    // The close is the expected outcome here, not an error to print.
    onNonLazyError: () => {},
  });
  let closed: (code: number) => void = () => {};
  const closedCode = new Promise<number>((resolve) => {
    closed = resolve;
  });
  client.on("closed", (event) => closed((event as { code: number }).code));
  const connected = new Promise<void>((resolve) => client.on("connected", () => resolve()));
  client.subscribe({ query: NOTIFICATIONS }, { next: () => {}, error: () => {}, complete: () => {} });
  await connected;
  return { client, closedCode };
}

describe("users (admins)", () => {
  it("is denied to anonymous and non-admin callers", async () => {
    const student = await person(server);
    expect((await server.gql(USERS)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const res = await server.gql(USERS, {}, { token: student.token });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const mutation = await server.gql(
      SET_ROLES,
      { input: { userId: student.gid, roles: ["ADMIN"] } },
      student,
    );
    expect(mutation.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("filters by role, state and search text", async () => {
    const p = server.app.prisma;
    const zoe = await person(server, ["INSTRUCTOR"], "Zoeunique");
    await p.user.update({ where: { id: zoe.id }, data: { deactivatedAt: new Date() } });
    const byName = await server.gql<{ users: { totalCount: number; nodes: UserRow[] } }>(
      USERS,
      { filter: { search: "zoeUNIQUE" } },
      admin,
    );
    expect(byName.data!.users.nodes.map((u) => u.id)).toEqual([zoe.gid]);
    expect(byName.data!.users.nodes[0]!.deactivatedAt).not.toBeNull();
    const active = await server.gql<{ users: { nodes: UserRow[] } }>(
      USERS,
      { filter: { roles: ["INSTRUCTOR"], deactivated: false }, first: 100 },
      admin,
    );
    expect(active.data!.users.nodes.map((u) => u.id)).not.toContain(zoe.gid);
    const gone = await server.gql<{ users: { nodes: UserRow[] } }>(
      USERS,
      { filter: { roles: ["INSTRUCTOR"], deactivated: true }, first: 100 },
      admin,
    );
    expect(gone.data!.users.nodes.map((u) => u.id)).toContain(zoe.gid);
  });

  it("sets roles with an audit entry holding old and new values", async () => {
    const target = await person(server);
    const res = await server.gql<{ setUserRoles: { user: UserRow; userErrors: unknown[] } }>(
      SET_ROLES,
      { input: { userId: target.gid, roles: ["STUDENT", "INSTRUCTOR"] } },
      admin,
    );
    expect(res.data!.setUserRoles).toMatchObject({
      userErrors: [],
      user: { roles: ["STUDENT", "INSTRUCTOR"] },
    });
    const self = await server.gql<{ setUserRoles: { userErrors: { code: string }[] } }>(
      SET_ROLES,
      { input: { userId: admin.gid, roles: ["STUDENT"] } },
      admin,
    );
    expect(self.data!.setUserRoles.userErrors[0]!.code).toBe("INVALID");
    const audit = await server.gql<{ auditLogs: { nodes: Record<string, unknown>[] } }>(
      AUDIT,
      { filter: { action: "user.set_roles", entityId: target.gid, actorId: admin.gid } },
      admin,
    );
    expect(audit.data!.auditLogs.nodes).toEqual([
      {
        action: "user.set_roles",
        entityType: "User",
        entityId: target.id,
        oldValues: { roles: ["STUDENT"] },
        newValues: { roles: ["STUDENT", "INSTRUCTOR"] },
        actor: { id: admin.gid },
      },
    ]);
    const future = new Date(Date.now() + 60_000).toISOString();
    const none = await server.gql<{ auditLogs: { totalCount: number } }>(
      AUDIT,
      { filter: { entityId: target.id, from: future } },
      admin,
    );
    expect(none.data!.auditLogs.totalCount).toBe(0);
    // The kind of object in either spelling: its GraphQL type, or the snake_case name.
    for (const entityType of ["User", "user"]) {
      const byType = await server.gql<{ auditLogs: { totalCount: number } }>(
        AUDIT,
        { filter: { entityType, entityId: target.id } },
        admin,
      );
      expect(byType.data!.auditLogs.totalCount).toBe(1);
    }
    const bad = await server.gql(AUDIT, { filter: { actorId: "nope" } }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("deactivateUser", () => {
  it("stops the user's tokens at once and closes their subscriptions within a second", async () => {
    const target = await person(server);
    expect(
      (await server.gql<{ viewer: unknown }>("{ viewer { id } }", {}, target)).data!.viewer,
    ).not.toBeNull();
    const socket = await openSubscription(server.wsUrl, target.token);
    const started = Date.now();
    const res = await server.gql<{ deactivateUser: { user: UserRow; userErrors: unknown[] } }>(
      DEACTIVATE,
      { input: { userId: target.gid, reason: "abuse" } },
      admin,
    );
    expect(res.data!.deactivateUser.userErrors).toEqual([]);
    expect(res.data!.deactivateUser.user.deactivatedAt).not.toBeNull();
    expect(await socket.closedCode).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1_000);
    await socket.client.dispose();
    expect((await server.gql<{ viewer: unknown }>("{ viewer { id } }", {}, target)).data!.viewer).toBeNull();
    const again = await server.gql<{ deactivateUser: { userErrors: { code: string }[] } }>(
      DEACTIVATE,
      { input: { userId: target.gid } },
      admin,
    );
    expect(again.data!.deactivateUser.userErrors[0]!.code).toBe("INVALID_STATE");
    const back = await server.gql<{ reactivateUser: { user: UserRow } }>(
      REACTIVATE,
      { input: { userId: target.gid } },
      admin,
    );
    expect(back.data!.reactivateUser.user.deactivatedAt).toBeNull();
    expect(
      (await server.gql<{ viewer: unknown }>("{ viewer { id } }", {}, target)).data!.viewer,
    ).not.toBeNull();
    const actions = await server.app.prisma.auditLog.findMany({
      where: { entityId: target.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, oldValues: true, newValues: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["user.deactivate", "user.reactivate"]);
    expect(actions[0]!.newValues).toMatchObject({ reason: "abuse" });
  });

  it("closes the user's sockets on another replica (Redis)", async () => {
    const other = await startTestServer(
      { REDIS_URL: "redis://127.0.0.1:6379" },
      { database: server.database },
    );
    try {
      const target = await person(server);
      const socket = await openSubscription(other.wsUrl, target.token);
      const bystander = await openSubscription(other.wsUrl, (await person(server)).token);
      const started = Date.now();
      await server.gql(DEACTIVATE, { input: { userId: target.gid } }, admin);
      expect(await socket.closedCode).toBe(4403);
      expect(Date.now() - started).toBeLessThan(1_000);
      const still = await Promise.race([
        bystander.closedCode,
        new Promise((resolve) => setTimeout(() => resolve("open"), 300)),
      ]);
      expect(still).toBe("open");
      await Promise.all([socket.client.dispose(), bystander.client.dispose()]);
    } finally {
      await other.close();
    }
  });
});

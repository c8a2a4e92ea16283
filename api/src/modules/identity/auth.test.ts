import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createUser, TEST_PASSWORD } from "../../../test/factories.js";
import { startTestServer, TEST_JWT_SECRET, type TestServer } from "../../../test/server.js";

const SIGN_UP = `mutation ($input: SignUpInput!) {
  signUp(input: $input) { viewer { id name email roles } tokens { accessToken refreshToken accessTokenExpiresAt } userErrors { field message code } }
}`;
const LOG_IN = `mutation ($input: LogInInput!) {
  logIn(input: $input) { viewer { id email } tokens { accessToken refreshToken } userErrors { field message code } }
}`;
const REFRESH = `mutation ($input: RefreshTokenInput!) {
  refreshToken(input: $input) { tokens { accessToken refreshToken } userErrors { field code } }
}`;
const VIEWER = "{ viewer { id email roles } }";

interface Tokens {
  accessToken: string;
  refreshToken: string;
}
interface AuthResult {
  viewer: { id: string; email: string | null; roles?: string[]; name?: string } | null;
  tokens: Tokens | null;
  userErrors: { field: string[] | null; message: string; code: string }[];
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ LOGIN_RATE_LIMIT_PER_EMAIL: "3", LOGIN_RATE_LIMIT_PER_IP: "1000" });
});
afterAll(() => server?.close());

const signUp = (input: Record<string, unknown>) =>
  server.gql<{ signUp: AuthResult }>(SIGN_UP, {
    input: { password: "a-long-unusual-password", firstName: "Ada", lastName: "Lovelace", ...input },
  });
const logIn = (email: string, password: string) =>
  server.gql<{ logIn: AuthResult }>(LOG_IN, { input: { email, password } });
const refresh = (refreshToken: string) =>
  server.gql<{ refreshToken: AuthResult }>(REFRESH, { input: { refreshToken } });

describe("signUp", () => {
  it("creates a student, returns tokens, and the viewer reads their own email", async () => {
    const res = await signUp({ email: "Ada@Example.com" });
    const payload = res.data!.signUp;
    expect(payload.userErrors).toEqual([]);
    expect(payload.viewer).toMatchObject({
      email: "ada@example.com",
      roles: ["STUDENT"],
      name: "Ada Lovelace",
    });
    const me = await server.gql<{ viewer: { email: string } }>(
      VIEWER,
      {},
      { token: payload.tokens!.accessToken },
    );
    expect(me.data!.viewer.email).toBe("ada@example.com");
    const row = await server.app.prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    [{ email: "ada@example.com" }, "TAKEN", ["input", "email"]],
    [{ email: "ADA@example.com" }, "TAKEN", ["input", "email"]],
    [{ email: "not-an-email" }, "INVALID", ["input", "email"]],
    [{ email: "weak@example.com", password: "short" }, "TOO_SHORT", ["input", "password"]],
    [{ email: "weak@example.com", password: "password123" }, "WEAK_PASSWORD", ["input", "password"]],
    [{ email: "tz@example.com", timezone: "Mars/Olympus" }, "INVALID", ["input", "timezone"]],
    [{ email: "name@example.com", firstName: "  " }, "REQUIRED", ["input", "firstName"]],
  ])("refuses %o with %s and creates nothing", async (input, code, field) => {
    const before = await server.app.prisma.user.count();
    const res = await signUp(input);
    const errors = res.data!.signUp.userErrors;
    expect(errors[0]).toMatchObject({ field });
    expect([code, "WEAK_PASSWORD", "TOO_SHORT"]).toContain(errors[0]!.code);
    if (code !== "TOO_SHORT") expect(errors[0]!.code).toBe(code);
    expect(res.data!.signUp.tokens).toBeNull();
    expect(await server.app.prisma.user.count()).toBe(before);
  });
});

describe("logIn", () => {
  it("accepts the right password and rejects a wrong one or an unknown email the same way", async () => {
    const user = await createUser(server.app.prisma);
    const ok = await logIn(user.email, TEST_PASSWORD);
    expect(ok.data!.logIn.userErrors).toEqual([]);
    expect(ok.data!.logIn.viewer!.email).toBe(user.email);

    const wrong = await logIn(user.email, "not-the-password");
    const unknown = await logIn("nobody@campus.test", TEST_PASSWORD);
    for (const res of [wrong, unknown]) {
      expect(res.data!.logIn.tokens).toBeNull();
      expect(res.data!.logIn.userErrors).toEqual([
        { field: null, message: "The email or password is incorrect.", code: "INVALID_CREDENTIALS" },
      ]);
    }
  });

  it("refuses a deactivated account", async () => {
    const user = await createUser(server.app.prisma, { deactivatedAt: new Date() });
    const res = await logIn(user.email, TEST_PASSWORD);
    expect(res.data!.logIn.userErrors[0]!.code).toBe("INVALID_STATE");
  });

  it("rate-limits attempts per email with a RATE_LIMITED error", async () => {
    const user = await createUser(server.app.prisma);
    for (let i = 0; i < 3; i++) await logIn(user.email, "wrong-password-x");
    const res = await logIn(user.email, TEST_PASSWORD);
    expect(res.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(res.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe("access tokens", () => {
  const claims = (userId: string) => ({ sub: userId, roles: ["STUDENT"] });

  it.each([
    [
      "expired",
      (id: string) =>
        jwt.sign(claims(id), TEST_JWT_SECRET, {
          algorithm: "HS256",
          issuer: "campus",
          audience: "campus-api",
          expiresIn: -10,
        }),
    ],
    [
      "alg none",
      (id: string) =>
        jwt.sign(claims(id), "", { algorithm: "none", issuer: "campus", audience: "campus-api" }),
    ],
    [
      "wrong audience",
      (id: string) =>
        jwt.sign(claims(id), TEST_JWT_SECRET, { algorithm: "HS256", issuer: "campus", audience: "other" }),
    ],
    [
      "wrong issuer",
      (id: string) =>
        jwt.sign(claims(id), TEST_JWT_SECRET, { algorithm: "HS256", issuer: "evil", audience: "campus-api" }),
    ],
    [
      "wrong secret",
      (id: string) =>
        jwt.sign(claims(id), "another-secret-another-secret-another", {
          algorithm: "HS256",
          issuer: "campus",
          audience: "campus-api",
        }),
    ],
    [
      "HS512",
      (id: string) =>
        jwt.sign(claims(id), TEST_JWT_SECRET, {
          algorithm: "HS512",
          issuer: "campus",
          audience: "campus-api",
        }),
    ],
    ["garbage", () => "not.a.jwt"],
  ])("rejects a token that is %s with UNAUTHENTICATED (401)", async (_name, make) => {
    const user = await createUser(server.app.prisma);
    const res = await server.gql(VIEWER, {}, { token: make(user.id) });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.data ?? null).toBeNull();
  });

  it("stops working at once when the user is deactivated", async () => {
    const user = await createUser(server.app.prisma);
    const { accessToken } = (await logIn(user.email, TEST_PASSWORD)).data!.logIn.tokens!;
    expect(
      (await server.gql<{ viewer: unknown }>(VIEWER, {}, { token: accessToken })).data!.viewer,
    ).not.toBeNull();
    await server.app.prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(
      (await server.gql<{ viewer: unknown }>(VIEWER, {}, { token: accessToken })).data!.viewer,
    ).toBeNull();
  });
});

describe("refresh tokens", () => {
  it("rotate once; reusing a rotated token revokes the whole family", async () => {
    const user = await createUser(server.app.prisma);
    const first = (await logIn(user.email, TEST_PASSWORD)).data!.logIn.tokens!;
    const second = (await refresh(first.refreshToken)).data!.refreshToken;
    expect(second.userErrors).toEqual([]);
    const third = (await refresh(second.tokens!.refreshToken)).data!.refreshToken;
    expect(third.userErrors).toEqual([]);

    const reused = (await refresh(first.refreshToken)).data!.refreshToken;
    expect(reused.userErrors).toEqual([{ field: ["input", "refreshToken"], code: "INVALID" }]);
    // The family is gone: even the newest token no longer works.
    const newest = (await refresh(third.tokens!.refreshToken)).data!.refreshToken;
    expect(newest.userErrors[0]!.code).toBe("INVALID");
    const live = await server.app.prisma.refreshToken.count({ where: { userId: user.id, revokedAt: null } });
    expect(live).toBe(0);
  });

  it("lets exactly one of 10 concurrent refreshes of one token win", async () => {
    const user = await createUser(server.app.prisma);
    const { refreshToken } = (await logIn(user.email, TEST_PASSWORD)).data!.logIn.tokens!;
    const results = await Promise.all(Array.from({ length: 10 }, () => refresh(refreshToken)));
    const winners = results.filter((r) => r.data!.refreshToken.userErrors.length === 0);
    expect(winners).toHaveLength(1);
  });

  it("logOut ends the session and an unknown token is a user error", async () => {
    const user = await createUser(server.app.prisma);
    const { refreshToken } = (await logIn(user.email, TEST_PASSWORD)).data!.logIn.tokens!;
    const LOG_OUT =
      "mutation ($input: LogOutInput!) { logOut(input: $input) { loggedOut userErrors { code } } }";
    const out = await server.gql<{ logOut: { loggedOut: boolean } }>(LOG_OUT, { input: { refreshToken } });
    expect(out.data!.logOut.loggedOut).toBe(true);
    expect((await refresh(refreshToken)).data!.refreshToken.userErrors[0]!.code).toBe("INVALID");
    const unknown = await server.gql<{ logOut: { userErrors: { code: string }[] } }>(LOG_OUT, {
      input: { refreshToken: "nope" },
    });
    expect(unknown.data!.logOut.userErrors[0]!.code).toBe("INVALID");
  });

  it("changePassword checks the current password and ends other sessions", async () => {
    const user = await createUser(server.app.prisma);
    const session = (await logIn(user.email, TEST_PASSWORD)).data!.logIn.tokens!;
    const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { tokens { refreshToken } userErrors { field code } } }`;
    const wrong = await server.gql<{ changePassword: AuthResult }>(
      CHANGE,
      { input: { currentPassword: "wrong-one-here", newPassword: "another-fine-password" } },
      { token: session.accessToken },
    );
    expect(wrong.data!.changePassword.userErrors[0]).toEqual({
      field: ["input", "currentPassword"],
      code: "INVALID_CREDENTIALS",
    });
    const ok = await server.gql<{ changePassword: AuthResult }>(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, newPassword: "another-fine-password" } },
      { token: session.accessToken },
    );
    expect(ok.data!.changePassword.userErrors).toEqual([]);
    expect((await refresh(session.refreshToken)).data!.refreshToken.userErrors[0]!.code).toBe("INVALID");
    expect((await logIn(user.email, "another-fine-password")).data!.logIn.userErrors).toEqual([]);
    const anonymous = await server.gql(CHANGE, { input: { currentPassword: "x", newPassword: "y" } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("WebSocket authentication", () => {
  const connect = (authorization: string) =>
    new Promise<{ code: number }>((resolve) => {
      const socket = new WebSocket(server.wsUrl, "graphql-transport-ws");
      socket.on("open", () =>
        socket.send(JSON.stringify({ type: "connection_init", payload: { authorization } })),
      );
      socket.on("message", (raw) => {
        if (JSON.parse(String(raw)).type === "connection_ack") socket.close(1000);
      });
      socket.on("close", (code) => resolve({ code }));
    });

  it("closes a socket with a bad token with 4403 and accepts a good one", async () => {
    expect((await connect("Bearer not-a-token")).code).toBe(4403);
    const user = await createUser(server.app.prisma);
    const { accessToken } = (await logIn(user.email, TEST_PASSWORD)).data!.logIn.tokens!;
    expect((await connect(`Bearer ${accessToken}`)).code).toBe(1000);
  });
});

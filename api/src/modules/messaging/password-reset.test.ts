import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

const REQUEST = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted userErrors { code } } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { reset userErrors { code field } } }`;
const LOGIN = `mutation ($input: LogInInput!) { logIn(input: $input) { tokens { accessToken refreshToken } userErrors { code } } }`;
const REFRESH = `mutation ($input: RefreshTokenInput!) { refreshToken(input: $input) { tokens { accessToken } userErrors { code } } }`;
const NEW_PASSWORD = "a-brand-new-long-passphrase-42";

describe("password reset", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ PUBLIC_URL: "https://campus.example" });
  });
  afterAll(() => server.close());

  /** Requests a reset and reads the secret from the queued email, as its recipient would. */
  async function resetLinkFor(email: string) {
    const res = await server.gql(REQUEST, { input: { email } });
    expect(res.data).toEqual({ requestPasswordReset: { accepted: true, userErrors: [] } });
    const mail = await server.app.prisma.emailLog.findFirstOrThrow({
      where: { recipientEmail: email, emailType: "password_reset" },
      orderBy: { createdAt: "desc" },
    });
    const url = new URL(mail.textBody!.match(/https:\/\/campus\.example\/reset-password\S+/)![0]);
    expect(mail.status).toBe("QUEUED");
    return url.searchParams.get("token")!;
  }

  it("answers the same for unknown emails and queues nothing", async () => {
    const res = await server.gql(REQUEST, { input: { email: "nobody@campus.test" } });
    expect(res.data).toEqual({ requestPasswordReset: { accepted: true, userErrors: [] } });
    expect(await server.app.prisma.emailLog.count({ where: { recipientEmail: "nobody@campus.test" } })).toBe(
      0,
    );
  });

  it("resets once, ends old sessions, and refuses reuse, another user's token and expiry", async () => {
    const { prisma } = server.app;
    const alice = await createUser(prisma);
    const bob = await createUser(prisma);
    const login = await server.gql<{ logIn: { tokens: { refreshToken: string } } }>(LOGIN, {
      input: { email: alice.email, password: TEST_PASSWORD },
    });
    const oldRefresh = login.data!.logIn.tokens.refreshToken;
    const token = await resetLinkFor(alice.email);
    const bobToken = await resetLinkFor(bob.email);

    // Bob's token does not open Alice's account.
    const crossed = await server.gql(RESET, {
      input: { email: alice.email, token: bobToken, newPassword: NEW_PASSWORD },
    });
    expect(crossed.data).toMatchObject({
      resetPassword: { reset: false, userErrors: [{ code: "INVALID", field: ["input", "token"] }] },
    });

    const ok = await server.gql(RESET, { input: { email: alice.email, token, newPassword: NEW_PASSWORD } });
    expect(ok.data).toEqual({ resetPassword: { reset: true, userErrors: [] } });
    const reused = await server.gql(RESET, {
      input: { email: alice.email, token, newPassword: `${NEW_PASSWORD}x` },
    });
    expect(reused.data).toMatchObject({ resetPassword: { reset: false, userErrors: [{ code: "INVALID" }] } });

    const refreshed = await server.gql(REFRESH, { input: { refreshToken: oldRefresh } });
    expect(refreshed.data).toMatchObject({
      refreshToken: { tokens: null, userErrors: [{ code: "INVALID" }] },
    });
    const relog = await server.gql(LOGIN, { input: { email: alice.email, password: NEW_PASSWORD } });
    expect(relog.data).toMatchObject({ logIn: { userErrors: [] } });
    expect(await prisma.activityLog.count({ where: { userId: alice.id, action: "login" } })).toBe(2);

    // Expired: Bob's token, an hour and more later.
    await prisma.passwordResetToken.updateMany({
      where: { userId: bob.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await server.gql(RESET, {
      input: { email: bob.email, token: bobToken, newPassword: NEW_PASSWORD },
    });
    expect(expired.data).toMatchObject({
      resetPassword: { reset: false, userErrors: [{ code: "INVALID" }] },
    });
    const stored = await prisma.passwordResetToken.findFirstOrThrow({ where: { userId: bob.id } });
    expect(stored.tokenHash).not.toBe(bobToken);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rate limits requests per email", async () => {
    const email = "limited@campus.test";
    const codes = [];
    for (let i = 0; i < 4; i += 1)
      codes.push((await server.gql(REQUEST, { input: { email } })).errors?.[0]?.extensions?.code ?? "OK");
    expect(codes).toEqual(["OK", "OK", "OK", "RATE_LIMITED"]);
  });
});

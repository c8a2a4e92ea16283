import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../../../test/factories.js";
import { type Person, person } from "../../../test/scheduling.js";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { repoRoot } from "../../config.js";
import { hashToken } from "../identity/refresh-tokens.js";
import { userRelations } from "./data-export.js";

const EXPORT = "{ exportMyData }";
const DELETE_ME = `mutation ($input: DeleteMyAccountInput!) {
  deleteMyAccount(input: $input) { deletedUserId deletedAt userErrors { field code } }
}`;
const DELETE_USER = `mutation ($input: DeleteUserInput!) {
  deleteUser(input: $input) { deletedUserId userErrors { field code } }
}`;

/** Relation fields of `model User`, read from the .prisma files themselves. */
function userRelationsInSchema(): string[] {
  const dir = join(repoRoot, "prisma/schema");
  const text = readdirSync(dir)
    .filter((f) => f.endsWith(".prisma"))
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .join("\n");
  const models = new Set([...text.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!));
  const body = /^model User \{([\s\S]*?)^\}/m.exec(text)![1]!;
  return body
    .split("\n")
    .map((line) => /^\s+(\w+)\s+(\w+)(\[\])?\??/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && models.has(m[2]!))
    .map((m) => m[1]!)
    .sort();
}

let server: TestServer;
let admin: Person;

beforeAll(async () => {
  server = await startTestServer();
  admin = await person(server, ["ADMIN"], "Root");
});
afterAll(() => server?.close());

/** A user with rows in several tables, including the ledger. */
async function richUser() {
  const p = server.app.prisma;
  const who = await person(server, ["STUDENT"], "Privy");
  await p.user.update({
    where: { id: who.id },
    data: {
      phone: "+33 6 00 00 00 00",
      bio: "Likes bridge",
      avatarUrl: "https://x.test/a.png",
      dateOfBirth: new Date("1990-01-02"),
      stripeCustomerId: `cus_${randomUUID()}`,
    },
  });
  const purchase = await p.paymentTransaction.create({
    data: {
      userId: who.id,
      kind: "COURSE_PURCHASE",
      status: "PARTIALLY_REFUNDED",
      amountCents: 4900,
      currency: "EUR",
      provider: "OFFLINE",
    },
  });
  await p.paymentTransaction.create({
    data: {
      userId: who.id,
      kind: "REFUND",
      status: "SUCCEEDED",
      amountCents: 1000,
      currency: "EUR",
      provider: "OFFLINE",
      parentTransactionId: purchase.id,
    },
  });
  await p.contact.create({
    data: { userId: who.id, name: "Privy User", email: "privy@example.com", phone: "0600", message: "Hello" },
  });
  await p.activityLog.create({
    data: { userId: who.id, action: "login", ipAddress: "203.0.113.0", userAgent: "UA" },
  });
  await p.refreshToken.create({
    data: {
      userId: who.id,
      tokenHash: hashToken(`t-${who.id}`),
      familyId: who.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  await p.apiKey.create({
    data: {
      userId: who.id,
      name: "k",
      prefix: `cmp_${randomUUID().slice(0, 8)}`,
      keyHash: hashToken(`k-${who.id}`),
      scopes: ["READ"],
    },
  });
  return who;
}

const ledger = () =>
  server.app.prisma.$queryRaw<{ currency: string; n: number; total: number }[]>`
    SELECT currency, count(*)::int AS n, sum(amount_cents)::int AS total FROM payment_transactions GROUP BY currency ORDER BY currency`;

describe("exportMyData", () => {
  it("covers every relation of User in the schema", () => {
    expect(Object.keys(userRelations).sort()).toEqual(userRelationsInSchema());
  });

  it("returns every row about the viewer, without secrets, and nothing to anonymous callers", async () => {
    const who = await richUser();
    expect((await server.gql(EXPORT)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const res = await server.gql<{
      exportMyData: { user: Record<string, unknown>; relations: Record<string, unknown[]> };
    }>(EXPORT, {}, who);
    const data = res.data!.exportMyData;
    expect(Object.keys(data.relations).sort()).toEqual(userRelationsInSchema());
    expect(data.user).toMatchObject({ id: who.id, phone: "+33 6 00 00 00 00" });
    expect(data.user).not.toHaveProperty("passwordHash");
    expect(data.relations.paymentTransactions).toHaveLength(2);
    expect(data.relations.contacts).toHaveLength(1);
    expect(data.relations.activityLogs).toHaveLength(1);
    expect(data.relations.refreshTokens).toHaveLength(1);
    expect(data.relations.apiKeys).toHaveLength(1);
    expect(JSON.stringify(data)).not.toMatch(/tokenHash|keyHash|argon2/);
    // Every relation holding rows in the database is in the export, row for row.
    for (const relation of Object.keys(userRelations)) {
      const value = data.relations[relation];
      if (Array.isArray(value)) {
        const count = await server.app.prisma.user
          .findUniqueOrThrow({ where: { id: who.id }, select: { _count: { select: { [relation]: true } } } })
          .then((u) => (u._count as Record<string, number>)[relation]);
        expect(value.length, relation).toBe(count);
      }
    }
  });
});

describe("account deletion", () => {
  it("anonymizes every personal field, revokes credentials and leaves the ledger balanced", async () => {
    const who = await richUser();
    const before = await ledger();
    const wrong = await server.gql<{ deleteMyAccount: { userErrors: { code: string }[] } }>(
      DELETE_ME,
      { input: { confirmation: "DELETE MY ACCOUNT", password: "not-the-password" } },
      who,
    );
    expect(wrong.data!.deleteMyAccount.userErrors[0]!.code).toBe("INVALID_CREDENTIALS");
    const res = await server.gql<{ deleteMyAccount: { deletedUserId: string; userErrors: unknown[] } }>(
      DELETE_ME,
      { input: { confirmation: "DELETE MY ACCOUNT", password: TEST_PASSWORD } },
      who,
    );
    expect(res.data!.deleteMyAccount).toMatchObject({ deletedUserId: who.gid, userErrors: [] });

    const p = server.app.prisma;
    const user = await p.user.findUniqueOrThrow({ where: { id: who.id } });
    expect(user.email).toBe(`deleted-${who.id}@invalid`);
    for (const field of [
      "passwordHash",
      "externalId",
      "fullName",
      "displayName",
      "firstName",
      "lastName",
      "avatarUrl",
      "phone",
      "dateOfBirth",
      "bio",
      "stripeCustomerId",
      "emailVerifiedAt",
    ] as const) {
      expect(user[field], field).toBeNull();
    }
    expect(user.deletedAt).not.toBeNull();
    expect(await p.contact.findFirstOrThrow({ where: { userId: who.id } })).toMatchObject({
      name: "Deleted user",
      email: user.email,
      phone: null,
    });
    expect(await p.activityLog.findFirstOrThrow({ where: { userId: who.id } })).toMatchObject({
      ipAddress: null,
      userAgent: null,
    });
    expect(await p.refreshToken.count({ where: { userId: who.id, revokedAt: null } })).toBe(0);
    expect(await p.apiKey.count({ where: { userId: who.id, revokedAt: null } })).toBe(0);
    expect(
      JSON.stringify(await p.user.findUnique({ where: { id: who.id }, include: { contacts: true } })),
    ).not.toMatch(/Privy|privy@|\+33|bridge/);

    expect(await ledger()).toEqual(before);
    expect(await p.paymentTransaction.count({ where: { userId: who.id } })).toBe(2);
    const audit = await p.auditLog.findFirstOrThrow({
      where: { entityId: who.id, action: "user.delete_self" },
    });
    expect(JSON.stringify(audit)).not.toMatch(/Privy|privy@/);
    expect((await server.gql<{ viewer: unknown }>("{ viewer { id } }", {}, who)).data!.viewer).toBeNull();
  });

  it("lets admins delete other accounts (audited) and no one else", async () => {
    const who = await richUser();
    const student = await person(server);
    const denied = await server.gql(DELETE_USER, { input: { userId: who.gid } }, student);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const res = await server.gql<{ deleteUser: { deletedUserId: string } }>(
      DELETE_USER,
      { input: { userId: who.gid } },
      admin,
    );
    expect(res.data!.deleteUser.deletedUserId).toBe(who.gid);
    const again = await server.gql<{ deleteUser: { userErrors: { code: string }[] } }>(
      DELETE_USER,
      { input: { userId: who.gid } },
      admin,
    );
    expect(again.data!.deleteUser.userErrors[0]!.code).toBe("INVALID_STATE");
    expect(
      await server.app.prisma.auditLog.count({
        where: { entityId: who.id, action: "user.delete", actorId: admin.id },
      }),
    ).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed/index.js";
import { countRows } from "../../prisma/seed/summary.js";
import { type CampusDatabase, createPrismaClient } from "../src/db/client.js";
import { hashQuoteToken, isWellFormedQuoteToken } from "../src/modules/individual/quote-link.js";
import { CertificateService } from "../src/modules/learning/certificate.service.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

let database: TestDatabase;
let db: CampusDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await createPrismaClient({ kind: "postgres", url: database.url });
});
afterAll(async () => {
  await db?.disconnect();
  await database?.drop();
});

describe("db:seed", () => {
  it("fills every domain, and a second run changes nothing", async () => {
    const now = new Date("2026-11-21T10:00:00Z");
    const first = await seedDemoData(db.prisma, { now });
    const empty = Object.entries(first.counts)
      .filter(([model, n]) => n === 0 && !["RefreshToken", "PasswordResetToken", "ApiKey"].includes(model))
      .map(([model]) => model);
    expect(empty).toEqual([]);
    const second = await seedDemoData(db.prisma, { now });
    expect(second.counts).toEqual(first.counts);
    expect(Object.values(second.countersFixed).reduce((a, b) => a + b, 0)).toBe(0);
    expect(await countRows(db.prisma)).toEqual(first.counts);
  });

  it("seeds certificates that verifyCertificate accepts and a demo quote link the API can open", async () => {
    const now = new Date("2026-11-21T10:00:00Z");
    const summary = await seedDemoData(db.prisma, { now });
    const certificates = new CertificateService({ prisma: db.prisma });
    const codes = await db.prisma.certificate.findMany({ select: { verificationCode: true } });
    expect(codes.length).toBeGreaterThan(0);
    for (const { verificationCode } of codes) {
      expect(await certificates.verify(verificationCode, now), verificationCode).not.toBeNull();
    }
    expect(isWellFormedQuoteToken(summary.quoteLinkToken)).toBe(true);
    const link = await db.prisma.quoteAccessToken.findFirst({
      where: { tokenHash: hashQuoteToken(summary.quoteLinkToken) },
    });
    expect(link?.expiresAt.getTime()).toBeGreaterThan(now.getTime());
  });
});

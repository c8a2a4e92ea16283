import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../logger.js";
import { defaultWorkerOptions, EmailWorker } from "./email-worker.js";
import { openTestPrisma } from "./messaging.test-db.js";
import { enqueueEmail } from "./outbox.js";
import { createLogTransport, createSmtpTransport, KEPT_IN_LOG_NOTE } from "./smtp-transport.js";

const logger = createLogger("silent");
const options = {
  ...defaultWorkerOptions,
  from: "Campus <no-reply@campus.test>",
  baseDelayMs: 60_000,
  maxDelayMs: 200,
};

/** A local SMTP server that refuses the first `refusals` messages, then accepts and records. */
async function startSmtp(refusals: number) {
  const received: string[] = [];
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      stream.on("end", () => {
        if (refused < refusals) {
          refused += 1;
          const error = Object.assign(new Error("Mailbox busy, try later"), { responseCode: 451 });
          return callback(error);
        }
        received.push(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const booking = (n: number) => ({
  recipientName: "Léa",
  reference: `BK-${n}`,
  title: "Rust <basics>",
  startsAt: new Date("2026-06-01T07:00:00Z"),
  timeZone: "Europe/Paris",
  url: "http://localhost:4000/bookings/1",
});

describe("email outbox", () => {
  let db: Awaited<ReturnType<typeof openTestPrisma>>;
  beforeAll(async () => {
    db = await openTestPrisma();
  });
  afterAll(() => db.close());

  it("renders French and English templates with escaped HTML and local times", async () => {
    const { renderEmail } = await import("./templates/registry.js");
    const fr = renderEmail("booking_confirmation", "fr", booking(1));
    expect(fr.subject).toContain("Réservation confirmée");
    expect(fr.text).toContain("09:00");
    expect(fr.html).toContain("Rust &lt;basics&gt;");
    expect(
      renderEmail("password_reset", "en", { recipientName: "A", resetUrl: "u", expiresInMinutes: 60 })
        .subject,
    ).toBe("Reset your Campus password");
  });

  it("queues once per idempotency key", async () => {
    const { prisma } = db;
    const key = "booking_confirmation:dup";
    const first = await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        to: "a@x.test",
        template: "booking_confirmation",
        locale: "en",
        data: booking(2),
        idempotencyKey: key,
      }),
    );
    const second = await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        to: "a@x.test",
        template: "booking_confirmation",
        locale: "en",
        data: booking(2),
        idempotencyKey: key,
      }),
    );
    expect([first, second]).toEqual([true, false]);
    expect(await prisma.emailLog.count({ where: { idempotencyKey: key } })).toBe(1);
    await prisma.emailLog.deleteMany({});
  });

  it("retries an SMTP failure with backoff and delivers exactly once", async () => {
    const { prisma } = db;
    const smtp = await startSmtp(1);
    const worker = new EmailWorker(
      { prisma, transport: createSmtpTransport(smtp.url, 5_000), logger },
      options,
    );
    try {
      await enqueueEmail(prisma, {
        to: "lea@x.test",
        template: "booking_reminder",
        locale: "fr",
        data: booking(3),
      });
      expect(await worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
      const waiting = await prisma.emailLog.findFirstOrThrow({ where: { recipientEmail: "lea@x.test" } });
      expect(waiting).toMatchObject({ status: "QUEUED", attempts: 1 });
      expect(waiting.errorMessage).toMatch(/451|busy/);
      // Not due yet: the backoff holds it back (a minute, so a slow machine cannot reach it).
      expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      expect((await worker.runOnce()).claimed).toBe(0);
      expect(await worker.runOnce(new Date(waiting.nextAttemptAt.getTime() + 1))).toMatchObject({
        claimed: 1,
        sent: 1,
      });
      expect(await worker.drain()).toMatchObject({ claimed: 0 });
      const sent = await prisma.emailLog.findUniqueOrThrow({ where: { id: waiting.id } });
      expect(sent).toMatchObject({ status: "SENT", attempts: 2, errorMessage: null });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toContain(`Message-ID: <${waiting.id}@campus>`);
    } finally {
      await smtp.close();
      await prisma.emailLog.deleteMany({});
    }
  });

  it("10 racing workers deliver each of 60 emails exactly once", async () => {
    const { prisma } = db;
    const smtp = await startSmtp(0);
    const transport = createSmtpTransport(smtp.url, 5_000);
    try {
      await prisma.$transaction(async (tx) => {
        for (let n = 0; n < 60; n += 1) {
          await enqueueEmail(tx, {
            to: `r${n}@x.test`,
            template: "booking_confirmation",
            locale: "en",
            data: booking(n),
          });
        }
      });
      const workers = Array.from(
        { length: 10 },
        () => new EmailWorker({ prisma, transport, logger }, { ...options, batchSize: 3 }),
      );
      const runs = await Promise.all(workers.map((w) => w.drain()));
      expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(60);
      expect(await prisma.emailLog.count({ where: { status: "SENT", attempts: 1 } })).toBe(60);
      const recipients = smtp.received.map((raw) => raw.match(/^To: (\S+)/m)?.[1]);
      expect(recipients).toHaveLength(60);
      expect(new Set(recipients).size).toBe(60);
    } finally {
      transport.close();
      await smtp.close();
      await prisma.emailLog.deleteMany({});
    }
  });

  it("without SMTP keeps the email in the log, marked as such", async () => {
    const { prisma } = db;
    const worker = new EmailWorker({ prisma, transport: createLogTransport(logger), logger }, options);
    await enqueueEmail(prisma, {
      to: "b@x.test",
      template: "certificate_issued",
      locale: "en",
      data: { recipientName: "B", courseTitle: "Go", verificationCode: "ABC", url: "u" },
    });
    expect(await worker.drain()).toMatchObject({ sent: 1 });
    expect(await prisma.emailLog.findFirstOrThrow({ where: { recipientEmail: "b@x.test" } })).toMatchObject({
      status: "SENT",
      deliveryNote: KEPT_IN_LOG_NOTE,
    });
  });
});

// Delivers queued EmailLog rows. Any number of workers (threads, replicas) may
// run: a row is claimed by one conditional UPDATE over `FOR UPDATE SKIP LOCKED`
// that also sets a lease, so racing workers never pick the same row, and a
// worker that dies mid-send releases its rows when the lease runs out.
import type { CampusPrisma } from "../../db/client.js";
import type { Logger } from "../../logger.js";
import type { EmailTransport } from "./smtp-transport.js";

export interface EmailWorkerOptions {
  from: string;
  /** Attempts before an email is marked FAILED. */
  maxAttempts: number;
  /** First retry delay; each further retry doubles it. */
  baseDelayMs: number;
  /** Longest retry delay. */
  maxDelayMs: number;
  /** How long a claim holds; longer than the transport's timeout. */
  leaseMs: number;
  batchSize: number;
}

export const defaultWorkerOptions: Omit<EmailWorkerOptions, "from"> = {
  maxAttempts: 8,
  baseDelayMs: 30_000,
  maxDelayMs: 6 * 3_600_000,
  leaseMs: 120_000,
  batchSize: 20,
};

interface ClaimedEmail {
  id: string;
  recipient_email: string;
  subject: string | null;
  html_body: string | null;
  text_body: string | null;
  attempts: number;
  locked_until: Date;
}

export interface WorkerRun {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/** Exponential backoff: base, 2·base, 4·base, … capped (attempts counts the failed one). */
export function retryDelayMs(
  attempts: number,
  options: Pick<EmailWorkerOptions, "baseDelayMs" | "maxDelayMs">,
) {
  return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

export class EmailWorker {
  constructor(
    private readonly deps: { prisma: CampusPrisma; transport: EmailTransport; logger: Logger },
    private readonly options: EmailWorkerOptions,
  ) {}

  /** Claims due emails (a lease, one attempt counted) in one statement. */
  private claim(now: Date): Promise<ClaimedEmail[]> {
    const lease = new Date(now.getTime() + this.options.leaseMs);
    return this.deps.prisma.$queryRaw<ClaimedEmail[]>`
      UPDATE email_logs SET locked_until = ${lease}, attempts = attempts + 1, updated_at = now()
      WHERE id IN (
        SELECT id FROM email_logs
        WHERE status = 'QUEUED' AND next_attempt_at <= ${now}
          AND (locked_until IS NULL OR locked_until < ${now})
        ORDER BY next_attempt_at
        LIMIT ${this.options.batchSize}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, recipient_email, subject, html_body, text_body, attempts, locked_until`;
  }

  /** One pass: claim a batch and deliver it. */
  async runOnce(now = new Date()): Promise<WorkerRun> {
    const run: WorkerRun = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    const batch = await this.claim(now);
    run.claimed = batch.length;
    for (const email of batch) {
      const outcome = await this.deliver(email);
      run[outcome] += 1;
    }
    return run;
  }

  /** Passes until nothing is due (tests and shutdown). */
  async drain(now?: () => Date): Promise<WorkerRun> {
    const total: WorkerRun = { claimed: 0, sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const run = await this.runOnce(now?.() ?? new Date());
      for (const key of Object.keys(total) as (keyof WorkerRun)[]) total[key] += run[key];
      if (run.claimed === 0) return total;
    }
  }

  private async deliver(email: ClaimedEmail): Promise<"sent" | "retried" | "failed"> {
    const { prisma } = this.deps;
    // Finishing is fenced by the lease we hold: a worker whose lease ran out cannot overwrite a later claim.
    const mine = { id: email.id, lockedUntil: email.locked_until, status: "QUEUED" as const };
    try {
      const receipt = await this.deps.transport.send({
        id: email.id,
        from: this.options.from,
        to: email.recipient_email,
        subject: email.subject ?? "",
        text: email.text_body ?? "",
        html: email.html_body ?? "",
      });
      await prisma.emailLog.updateMany({
        where: mine,
        data: {
          status: "SENT",
          sentAt: new Date(),
          lockedUntil: null,
          errorMessage: null,
          providerMessageId: receipt.providerMessageId,
          deliveryNote: receipt.note,
        },
      });
      return "sent";
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = email.attempts >= this.options.maxAttempts;
      this.deps.logger.warn(
        { emailId: email.id, attempts: email.attempts, err: error },
        "email delivery failed",
      );
      await prisma.emailLog.updateMany({
        where: mine,
        data: {
          status: giveUp ? "FAILED" : "QUEUED",
          lockedUntil: null,
          errorMessage: message.slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(email.attempts, this.options)),
        },
      });
      return giveUp ? "failed" : "retried";
    }
  }
}

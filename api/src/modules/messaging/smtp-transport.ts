import { createTransport } from "nodemailer";
import type { Logger } from "../../logger.js";

export interface OutgoingEmail {
  /** The EmailLog id; also sent as the Message-ID so a receiver can spot a duplicate. */
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface DeliveryReceipt {
  providerMessageId: string | null;
  /** Why nothing left the building, when that is the case. */
  note: string | null;
}

/** Where the worker hands emails; throws on a transport failure (the worker retries). */
export interface EmailTransport {
  send(email: OutgoingEmail): Promise<DeliveryReceipt>;
  close(): void;
}

export const KEPT_IN_LOG_NOTE = "kept in log, no SMTP configured";

/** SMTP through nodemailer, from an smtp:// or smtps:// URL (credentials in the URL). */
export function createSmtpTransport(smtpUrl: string, timeoutMs = 20_000): EmailTransport {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const transporter = createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(email) {
      const info = await transporter.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: `<${email.id}@campus>`,
      });
      return { providerMessageId: info.messageId ?? null, note: null };
    },
    close: () => transporter.close(),
  };
}

/** The embedded default: the email stays readable in EmailLog (admins' `emailLogs`) and the log. */
export function createLogTransport(logger: Logger): EmailTransport {
  return {
    async send(email) {
      logger.info({ emailId: email.id, to: email.to, subject: email.subject }, "email kept in log");
      return { providerMessageId: null, note: KEPT_IN_LOG_NOTE };
    },
    close: () => {},
  };
}

import type { ServiceDeps } from "../../services.js";
import { DripService } from "./drip.service.js";
import { setEmailLinkBase } from "./email-links.js";
import { EmailLogService } from "./email-log.service.js";
import { defaultWorkerOptions, EmailWorker } from "./email-worker.js";
import { PasswordResetService } from "./password-reset.service.js";
import { createLogTransport, createSmtpTransport } from "./smtp-transport.js";

/** The messaging services; the worker uses SMTP when SMTP_URL is set, the log otherwise. */
export function createMessagingServices(deps: ServiceDeps) {
  const { config, prisma, logger } = deps;
  setEmailLinkBase(config.publicUrl);
  const transport = config.smtpUrl ? createSmtpTransport(config.smtpUrl) : createLogTransport(logger);
  return {
    emailWorker: new EmailWorker(
      { prisma, transport, logger },
      { ...defaultWorkerOptions, from: config.emailFrom },
    ),
    emailLogs: new EmailLogService({ prisma }),
    drip: new DripService({ prisma }),
    passwordReset: new PasswordResetService({
      prisma,
      publicUrl: config.publicUrl,
      limiter: (name, points, seconds) => deps.rateLimits.limiter(name, points, seconds),
    }),
  };
}

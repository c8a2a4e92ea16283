import { type Logger, pino } from "pino";

export type { Logger };

/** Structured JSON logs; secrets and tokens are redacted wherever they appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "campus-api" },
    redact: {
      paths: [
        "req.headers.authorization",
        "headers.authorization",
        "*.password",
        "*.newPassword",
        "*.currentPassword",
        "*.refreshToken",
        "variables.input.password",
        "variables.input.refreshToken",
      ],
      censor: "[redacted]",
    },
  });
}

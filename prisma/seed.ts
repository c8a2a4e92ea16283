// Seed CLI: `tsx prisma/seed.ts` fills every domain with demo data (idempotent);
// `--courses N --lessons-per-course N --experts N --bookings N` then adds benchmark data.
// Exits non-zero on any failure so scripts and CI notice.
import { parseArgs } from "node:util";
import { openSeedClient } from "./seed/connect.js";
import { type SeedSummary, seedDemoData } from "./seed/index.js";
import { progressBar } from "./seed/progress.js";
import { type ScaleOptions, seedScale } from "./seed/scale.js";

const USAGE = `Usage: tsx prisma/seed.ts [--courses N] [--lessons-per-course N] [--experts N] [--bookings N] [--now ISO]
Demo data for every domain; any scale option also adds benchmark data. Needs DATABASE_URL.`;

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function parseCli(argv: string[]): { scale: ScaleOptions | null; now: Date | undefined } {
  const { values } = parseArgs({
    args: argv,
    options: {
      courses: { type: "string" },
      "lessons-per-course": { type: "string" },
      experts: { type: "string" },
      bookings: { type: "string" },
      now: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now must be an ISO date, got "${values.now}"`);
  const scale: ScaleOptions = {
    courses: count("courses", values.courses),
    lessonsPerCourse: count("lessons-per-course", values["lessons-per-course"]),
    experts: count("experts", values.experts),
    bookings: count("bookings", values.bookings),
  };
  const requested = Object.values(scale).some((v) => v !== undefined);
  return { scale: requested ? scale : null, now };
}

function printSummary(summary: SeedSummary): void {
  const out = process.stdout;
  out.write(`\nDemo logins (password for all: ${summary.password})\n`);
  for (const login of summary.logins)
    out.write(`  ${login.email.padEnd(34)} ${login.roles.join("+").padEnd(17)} ${login.description}\n`);
  out.write(
    `\nAnonymous quote link token: ${summary.quoteLinkToken}\n  open <PUBLIC_URL>/quotes/view#token=${summary.quoteLinkToken}\n\nRows per model:\n`,
  );
  for (const [model, n] of Object.entries(summary.counts)) out.write(`  ${model.padEnd(26)} ${n}\n`);
  out.write(`\nDemo data seeded in ${(summary.durationMs / 1000).toFixed(1)}s\n`);
}

async function main(): Promise<void> {
  const { scale, now } = parseCli(process.argv.slice(2));
  const client = await openSeedClient();
  try {
    const log = (message: string) => process.stderr.write(`${message}\n`);
    const summary = await seedDemoData(client.prisma, { log, now });
    printSummary(summary);
    if (scale) {
      const result = await seedScale(client.prisma, { ...scale, now, onProgress: progressBar() });
      process.stdout.write(
        `Scale data: ${result.inserted} rows inserted in ${(result.durationMs / 1000).toFixed(1)}s\n`,
      );
    }
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  // The message says what went wrong; DEBUG=1 adds the stack for the unexpected cases.
  const stack = error instanceof Error && process.env.DEBUG ? `\n${error.stack ?? ""}` : "";
  process.stderr.write(`Seed failed: ${error instanceof Error ? error.message : String(error)}${stack}\n`);
  process.exitCode = 1;
});

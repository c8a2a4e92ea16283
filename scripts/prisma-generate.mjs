// `prisma generate` never runs the schema engine, but the Prisma 7 CLI insists on
// downloading it first, which fails offline. Pointing PRISMA_SCHEMA_ENGINE_BINARY
// at any existing file skips the download (DESIGN.md, toolchain facts).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(
  "pnpm",
  ["--filter", "@campus/api", "exec", "prisma", "generate", "--config", "../prisma.config.ts"],
  {
    cwd: root,
    env,
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
